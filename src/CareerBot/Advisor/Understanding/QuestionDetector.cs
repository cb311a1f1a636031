using CareerBot.Dialogs.Recognizers;

namespace CareerBot.Advisor.Understanding;

/// <summary>Tells a question ("how much do they earn?") from an answer ("4", "yeah mostly") by its form.</summary>
public static class QuestionDetector
{
    private static readonly HashSet<string> Openers =
    [
        "what", "whats", "how", "hows", "where", "which", "who", "whos", "why", "when", "is", "are", "do", "does", "did", "can",
        "could", "should", "would", "will", "tell", "explain", "describe", "list",
        "quel", "quelle", "quels", "quelles", "comment", "combien", "ou", "pourquoi", "quand", "qui", "qu", "quoi", "est",
    ];

    public static bool LooksLikeQuestion(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var tokens = TextNormalizer.Tokenize(text);
        return tokens.Count > 0 && (Openers.Contains(tokens[0]) || text.TrimEnd().EndsWith('?') && tokens.Count >= 3);
    }
}
