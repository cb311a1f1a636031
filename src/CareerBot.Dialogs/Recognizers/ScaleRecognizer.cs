namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// A rating on a 1–<c>max</c> scale from numbers in any form: "4", "four", "a 3", "5 stars", "4 out of 5", "4/5",
/// "four of five", "quatre sur cinq", "80%", and other scales brought to this one ("8 out of 10" → 4).
/// Words without numbers ("pretty much") are the <see cref="AgreementRecognizer"/>'s job.
/// </summary>
public static class ScaleRecognizer
{
    private static readonly HashSet<string> OutOf = ["out of", "of", "over", "on", "sur", "de", "outta", "out of a"];
    private static readonly HashSet<string> Between = ["or", "to", "and", "ou", "a", "et", "or maybe", "ou peut etre"];

    /// <summary>The rating, possibly fractional (4.5), within 1..<paramref name="max"/>; null when there is none or it is off the scale.</summary>
    public static double? Recognize(string? text, string? locale = null, int max = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var percentage = NumberRecognizer.RecognizePercentages(text, locale).FirstOrDefault();
        if (percentage is not null)
        {
            return Clamp(percentage.Value / 100 * max, max);
        }

        var numbers = NumberRecognizer.RecognizeNumbers(text, locale);
        if (numbers.Count > 0 && TextNormalizer.Tokenize(text).Count > 1)
        {
            // French "un"/"une" is mostly an article ("un peu", "une fois"): only a number when said alone.
            numbers = numbers.Where(n => TextNormalizer.Normalize(n.Text) is not ("un" or "une")).ToList();
        }

        if (numbers.Count == 0)
        {
            return null;
        }

        var number = numbers[0];
        if (number.Kind == NumberKind.Fraction && number.Value is >= 0 and <= 1 && SaysOutOf(number.Text))
        {
            return Clamp(number.Value * max, max);
        }

        var next = numbers.Count > 1 ? numbers[1] : null;
        if (next is not null)
        {
            var between = text[number.End..next.Start];
            var gap = TextNormalizer.Normalize(between);
            if (next.Value > 0 && number.Value <= next.Value && (OutOf.Contains(gap) || gap.Length == 0 && between.Contains('/')))
            {
                return Clamp(number.Value / next.Value * max, max);
            }

            if (Between.Contains(gap) && InRange(number.Value, max) && InRange(next.Value, max))
            {
                return (number.Value + next.Value) / 2;
            }
        }

        return InRange(number.Value, max) ? number.Value : null;
    }

    /// <summary>The rating rounded to a whole level (4.5 → 5, 3.4 → 3).</summary>
    public static int? RecognizeLevel(string? text, string? locale = null, int max = 5) =>
        Recognize(text, locale, max) is { } value ? (int)Math.Round(value, MidpointRounding.AwayFromZero) : null;

    private static bool SaysOutOf(string numberText) =>
        numberText.Contains('/') || TextNormalizer.Tokenize(numberText).Any(t => t is "out" or "of" or "over" or "sur" or "on");

    private static bool InRange(double value, int max) => value >= 1 && value <= max;

    private static double Clamp(double value, int max) => Math.Clamp(value, 1, max);
}
