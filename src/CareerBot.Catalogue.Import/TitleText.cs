using System.Globalization;
using System.Text;

namespace CareerBot.Catalogue.Import;

/// <summary>Text matching used to pair titles across sources: accent-free lower-case words with a crude plural strip,
/// and character-trigram Dice similarity (which also finds English–French cognates such as electrician/électricien).</summary>
internal static class TitleText
{
    private static readonly HashSet<string> StopWords =
        ["and", "of", "the", "in", "for", "or", "a", "an", "to", "all", "other", "except", "de", "des", "du", "la", "le", "les", "et", "en", "d", "l"];

    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.IsLetterOrDigit(ch) ? ch : ' ');
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The title in lower case without accents (punctuation kept): the de-duplication key.</summary>
    public static string Key(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    public static HashSet<string> Words(string text) =>
        Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !StopWords.Contains(w))
            .Select(w => w.Length > 3 && w.EndsWith('s') ? w[..^1] : w)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Share of the two word sets in common (Jaccard).</summary>
    public static double WordOverlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    public static HashSet<string> Trigrams(string text)
    {
        var folded = " " + Fold(text) + " ";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= folded.Length; i++)
        {
            grams.Add(folded.Substring(i, 3));
        }

        return grams;
    }

    public static double Dice(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    /// <summary>A stable readable id: the English title in lower case, words joined by hyphens.</summary>
    public static string Slug(string title) => Fold(title).Replace(' ', '-');
}
