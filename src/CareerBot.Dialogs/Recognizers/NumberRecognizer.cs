using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using TextNumberRecognizer = Microsoft.Recognizers.Text.Number.NumberRecognizer;

namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// Numbers, ordinals and percentages in English and French ("4", "four", "quatre", "4.5", "the second one", "2nd"),
/// read with Microsoft.Recognizers.Text and returned as typed values.
/// </summary>
public static class NumberRecognizer
{
    static NumberRecognizer()
    {
        // The recognizers build CultureInfo("en-us"); under invariant globalization that throws unless
        // predefined-cultures-only is off. Directory.Build.props sets <PredefinedCulturesOnly>false</PredefinedCulturesOnly>
        // for every project; this switch only helps a host without it that has created no culture yet.
        AppContext.SetSwitch("System.Globalization.PredefinedCulturesOnly", false);
    }

    /// <summary>Cardinal numbers, decimals and fractions; the locale's language first, then the other one.</summary>
    public static IReadOnlyList<RecognizedNumber> RecognizeNumbers(string? text, string? locale = null) =>
        FirstLanguageWithResults(text, locale, TextNumberRecognizer.RecognizeNumber);

    /// <summary>Ordinals: "second", "2nd", "deuxième", "last".</summary>
    public static IReadOnlyList<RecognizedNumber> RecognizeOrdinals(string? text, string? locale = null) =>
        FirstLanguageWithResults(text, locale, TextNumberRecognizer.RecognizeOrdinal);

    /// <summary>Percentages: "80%", "eighty percent", "80 pour cent".</summary>
    public static IReadOnlyList<RecognizedNumber> RecognizePercentages(string? text, string? locale = null) =>
        FirstLanguageWithResults(text, locale, TextNumberRecognizer.RecognizePercentage);

    /// <summary>The first number in the text, if any.</summary>
    public static bool TryRecognizeNumber(string? text, string? locale, out double value)
    {
        var first = RecognizeNumbers(text, locale).FirstOrDefault();
        value = first?.Value ?? 0;
        return first is not null;
    }

    private static IReadOnlyList<RecognizedNumber> FirstLanguageWithResults(
        string? text, string? locale, Func<string, string, NumberOptions, bool, List<ModelResult>> recognize)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return [];
        }

        foreach (var culture in RecognizerCulture.InPreferenceOrder(locale))
        {
            var found = Recognize(text, culture, recognize);
            if (found.Count > 0)
            {
                return found;
            }
        }

        return [];
    }

    // Long messages are not answers to a number question; skipping them keeps the regex work bounded.
    private const int MaxLength = 500;

    private static List<RecognizedNumber> Recognize(
        string text, string culture, Func<string, string, NumberOptions, bool, List<ModelResult>> recognize)
    {
        List<ModelResult> results;
        try
        {
            results = recognize(text, culture, NumberOptions.None, false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A recognizer fault is treated as "nothing recognized": the prompt re-asks instead of failing the turn.
            return [];
        }

        return results.Select(ToNumber).OfType<RecognizedNumber>().ToList();
    }

    private static RecognizedNumber? ToNumber(ModelResult result)
    {
        var resolution = result.Resolution ?? new SortedDictionary<string, object>();
        var subtype = resolution.TryGetValue("subtype", out var s) ? s as string : null;
        var end = result.End + 1;

        if (result.TypeName.StartsWith("ordinal", StringComparison.Ordinal))
        {
            var fromEnd = resolution.TryGetValue("relativeTo", out var r) && r as string == "end";
            return TryParse(resolution, "offset", out var offset)
                ? new RecognizedNumber(offset, result.Text, result.Start, end, NumberKind.Ordinal, fromEnd)
                : null;
        }

        if (!TryParse(resolution, "value", out var value))
        {
            return null;
        }

        var kind = result.TypeName == "percentage" ? NumberKind.Percentage
            : subtype == "fraction" ? NumberKind.Fraction
            : subtype == "decimal" ? NumberKind.Decimal
            : NumberKind.Integer;
        return new RecognizedNumber(value, result.Text, result.Start, end, kind);
    }

    private static bool TryParse(IDictionary<string, object> resolution, string key, out double value)
    {
        value = 0;
        return resolution.TryGetValue(key, out var raw)
            && raw is string text
            && double.TryParse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
