using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Understanding.Ratings;

/// <summary>
/// The exact forms of a 1–5 answer: a lone number ("4", "4!"), "4/5", "4 out of 5", "4 sur 5", "like a 4", "a 4 i guess",
/// and answers that name their own scale ("8/10", "75%", "50/50").
/// While a fit-check question waits, a short answer with one number in it ("mets 4", "4 out of 5 for sure") is one too.
/// A number in a longer sentence or of a quantity ("5 years?", "2 years") is no rating. A number off the scale ("6", "10", "0") is reported as such,
/// so it can be asked again rather than squeezed onto the scale.
/// </summary>
public static partial class RatingPatterns
{
    [GeneratedRegex(@"^\W*(?:(?:like|maybe|probably|prob|about|around|a|an|genre|environ|peut[- ]?etre|peut[- ]?être|un|une|mettons)\s+){0,2}(?<n>\d{1,3}|one|two|three|four|five|un|une|deux|trois|quatre|cinq)(?<percent>\s*%)?(?:\s*(?:/|out\s+of|sur)\s*(?<of>\d{1,3}))?(?:\s+(?:i\s+guess|i\s+think|maybe|probably|je\s+dirais|je\s+pense|environ))?\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>A number in a short answer ("mets 4", "id say a 4", "4 out of 5 for sure"), not one of a quantity ("2 years").</summary>
    [GeneratedRegex(@"(?<![\d.,/])(?<n>\d{1,2})(?:\s*(?:/|out\s+of|sur)\s*(?<of>\d{1,2}))?(?![\d.,/%])(?!\s*(?:years?|yrs?|ans?\b|hours?|hrs?|heures?|h\b|months?|mois|weeks?|semaines?|days?|jours?|k\b|\$|dollars?|grand|bucks?|times|fois|am\b|pm\b|th\b|e\b|ieme))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberInAnswer();

    /// <summary>A number with a unit: "5 years", "2 ans", "40 hours", "$80k" count something, they rate nothing.</summary>
    [GeneratedRegex(@"\d\s*(?:years?|yrs?|ans?\b|hours?|hrs?|heures?|months?|mois|weeks?|semaines?|days?|jours?|k\b|dollars?|bucks?|\$)|\$\s*\d",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuantityPattern();

    /// <summary>An answer this short with one number in it, while a question waits, is rating with that number.</summary>
    private const int MaxAnswerWords = 6;

    /// <summary>
    /// (level, false) for a rating on the scale, (null, true) for a number off it, (null, false) for no number answer.
    /// With <paramref name="awaitingRating"/>, a short answer holding one number on the scale counts too.
    /// </summary>
    public static (int? Level, bool OffScale) Read(string text, bool awaitingRating = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 40 || text.Contains('?', StringComparison.Ordinal))
        {
            return (null, false);
        }

        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return awaitingRating ? (InAnswer(text), false) : (null, false);
        }

        var n = NumberOf(match.Groups["n"].Value);
        var of = match.Groups["percent"].Success ? 100
            : match.Groups["of"].Success ? int.Parse(match.Groups["of"].Value, CultureInfo.InvariantCulture)
            : 5;
        if (of != 5)
        {
            // "8/10", "75%" and "50/50" say their own scale, so they convert exactly; a lone "8" does not.
            of = n == of && n == 50 && !match.Groups["percent"].Success ? 100 : of;
            return of is 10 or 100 && n >= 0 && n <= of ? ((int)Math.Round((4.0 * n / of) + 1, MidpointRounding.AwayFromZero), false) : (null, true);
        }

        return n is >= 1 and <= 5 ? (n, false) : (null, true);
    }

    /// <summary>True when the text counts something with a number ("5 years?", "is 60k good"): a question, not a rating.</summary>
    public static bool NamesQuantity(string text) => QuantityPattern().IsMatch(text);

    private static int? InAnswer(string text)
    {
        var numbers = NumberInAnswer().Matches(text);
        if (numbers.Count != 1 || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxAnswerWords)
        {
            return null;
        }

        var n = int.Parse(numbers[0].Groups["n"].Value, CultureInfo.InvariantCulture);
        var of = numbers[0].Groups["of"].Success ? int.Parse(numbers[0].Groups["of"].Value, CultureInfo.InvariantCulture) : 5;
        return of switch
        {
            5 when n is >= 1 and <= 5 => n,
            10 when n is >= 0 and <= 10 => (int)Math.Round((4.0 * n / 10) + 1, MidpointRounding.AwayFromZero),
            _ => null,
        };
    }

    private static int NumberOf(string word) => word.ToLowerInvariant() switch
    {
        "one" or "un" or "une" => 1,
        "two" or "deux" => 2,
        "three" or "trois" => 3,
        "four" or "quatre" => 4,
        "five" or "cinq" => 5,
        var digits => int.Parse(digits, CultureInfo.InvariantCulture),
    };
}
