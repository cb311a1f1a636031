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

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex WordPattern();

    /// <summary>Splits cleaned text into tokens, keeping the raw form (for case cues like "US") and the canonical form.</summary>
    public IReadOnlyList<Token> Tokenize(string text)
    {
        var joined = DottedAbbreviation().Replace(text, m => m.Groups[1].Value + m.Groups[2].Value + m.Groups[3].Value);
        joined = joined.Replace("co-op", "coop", StringComparison.OrdinalIgnoreCase);
        return WordPattern().Matches(joined).Select(m => new Token(m.Value, Canonical(m.Value))).ToArray();
    }

    public string[] CanonicalWords(string phrase) => Tokenize(phrase).Select(t => t.Word).ToArray();

    public string Canonical(string raw)
    {
        var word = TextFolding.Fold(raw).Replace('’', '\'');
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        word = Words.Stem(word.Replace("'", string.Empty));
        return shortenings.TryGetValue(word, out var full) ? full : word;
    }
}
