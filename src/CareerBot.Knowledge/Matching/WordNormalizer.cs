using System.Text.RegularExpressions;

namespace CareerBot.Knowledge.Matching;

/// <summary>
/// Turns typed text into the canonical words every name list is matched in: folded case and accents, dotted
/// abbreviations joined ("U.S." → "us"), light plural stemming, and the shortenings of <c>names/shortenings.yaml</c>.
/// </summary>
internal sealed partial class WordNormalizer(IReadOnlyDictionary<string, string> shortenings)
{
    public static WordNormalizer Plain { get; } = new(new Dictionary<string, string>());

    [GeneratedRegex(@"\b([A-Za-z])\.([A-Za-z])\.(?:([A-Za-z])\.)?")]
    private static partial Regex DottedAbbreviation();

    /// <summary>Splits cleaned text into tokens, keeping the raw form (for case cues like "US") and the canonical form.</summary>
    public IReadOnlyList<Token> Tokenize(string text)
    {
        var joined = text.Contains('.', StringComparison.Ordinal)
            ? DottedAbbreviation().Replace(text, m => m.Groups[1].Value + m.Groups[2].Value + m.Groups[3].Value)
            : text;
        joined = joined.Replace("co-op", "coop", StringComparison.OrdinalIgnoreCase);
        var tokens = new List<Token>();
        foreach (var word in Split(joined))
        {
            tokens.Add(new Token(word, Canonical(word)));
        }

        return tokens;
    }

    /// <summary>The words of a text: runs of letters and digits, with an apostrophe inside a word kept ("today's"). A
    /// hand-written scanner rather than a regular expression: start-up splits every official job title.</summary>
    private static IEnumerable<string> Split(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i > start && i + 1 < text.Length && text[i] is '\'' or '’' && char.IsLetter(text[i + 1]))
            {
                i++;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }
            }

            if (i > start)
            {
                yield return text[start..i];
            }
        }
    }

    public string[] CanonicalWords(string phrase) => Tokenize(phrase).Select(t => t.Word).ToArray();

    public string Canonical(string raw)
    {
        // "RNs", "LPNs", "EMTs": an abbreviation in capitals with a plural s is the abbreviation.
        if (raw.Length is >= 3 and <= 6 && raw[^1] == 's' && raw[..^1].All(char.IsAsciiLetterUpper))
        {
            raw = raw[..^1];
        }

        var word = TextFolding.Fold(raw).Replace('’', '\'');
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        // French elision: « d'ergothérapeute », « l'avenir » are the words « ergothérapeute », « avenir ».
        var apostrophe = word.IndexOf('\'', StringComparison.Ordinal);
        if (apostrophe is 1 or 2 && apostrophe < word.Length - 1 && word[..apostrophe] is "l" or "d" or "j" or "qu" or "s" or "n" or "m" or "t" or "c")
        {
            word = word[(apostrophe + 1)..];
        }

        word = Words.Stem(word.Replace("'", string.Empty));
        return shortenings.TryGetValue(word, out var full) ? full : word;
    }
}
