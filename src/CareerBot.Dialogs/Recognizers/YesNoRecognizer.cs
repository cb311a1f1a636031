namespace CareerBot.Dialogs.Recognizers;

/// <summary>Yes or no in English or French, from a lexicon of everyday answers ("yeah", "nope", "ouais", "pas du tout", 👍).</summary>
public static class YesNoRecognizer
{
    private static readonly Lazy<IReadOnlyDictionary<string, PhraseLexicon>> Lexicons = new(() => new Dictionary<string, PhraseLexicon>
    {
        ["en"] = PhraseLexicon.FromResource("yesno.en.json"),
        ["fr"] = PhraseLexicon.FromResource("yesno.fr.json"),
    });

    /// <summary>True for yes, false for no, null when the answer is neither or unclear ("not sure", "yes and no").</summary>
    public static bool? Recognize(string? text, string? locale = null)
    {
        var tokens = TextNormalizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        foreach (var culture in RecognizerCulture.InPreferenceOrder(locale))
        {
            var match = Lexicons.Value[RecognizerCulture.Language(culture)].Match(tokens);
            if (match is not null)
            {
                return match == "yes";
            }
        }

        return null;
    }
}
