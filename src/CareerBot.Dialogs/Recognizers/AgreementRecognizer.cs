namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// How much someone agrees, on a 1–5 scale, from words rather than numbers: "not at all" 1, "not really" 2,
/// "sort of" 3, "pretty much" 4, "absolutely" 5 (and French: "pas du tout" … "énormément").
/// </summary>
public static class AgreementRecognizer
{
    private static readonly Lazy<IReadOnlyDictionary<string, PhraseLexicon>> Lexicons = new(() => new Dictionary<string, PhraseLexicon>
    {
        ["en"] = PhraseLexicon.FromResource("agreement.en.json"),
        ["fr"] = PhraseLexicon.FromResource("agreement.fr.json"),
    });

    /// <summary>The level 1–5, or null when the words say nothing clear.</summary>
    public static int? Recognize(string? text, string? locale = null)
    {
        var tokens = TextNormalizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        foreach (var culture in RecognizerCulture.InPreferenceOrder(locale))
        {
            var match = Lexicons.Value[RecognizerCulture.Language(culture)].Match(tokens);
            if (match is not null && int.TryParse(match, out var level) && level is >= 1 and <= 5)
            {
                return level;
            }
        }

        return null;
    }
}
