namespace CareerBot.Understanding.Asking;

/// <summary>
/// Cuts a message holding two questions ("what do IT analysts do and how much do they make?") into its questions, so
/// each is understood and answered. Only the shape of the sentence is read (a question mark, or "and"/"et" before a
/// question word); what each part means is left to the interpreter.
/// </summary>
public static class MessageClauses
{
    private static readonly string[] Joiners = [" and ", ", and ", " et ", ", et ", " also ", " aussi "];

    // Words that open a question in English and French; "and" before anything else ("pay and benefits") joins words.
    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "how", "what", "what's", "whats", "who", "where", "when", "which", "why", "do", "does", "is", "are", "can", "should", "will",
        "combien", "comment", "que", "quel", "quelle", "quels", "quelles", "qui", "où", "quand", "pourquoi", "est-ce", "faut-il",
    };

    /// <summary>The message's questions in order; one part when it asks one thing.</summary>
    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500)
        {
            return [text ?? string.Empty];
        }

        var parts = new List<string>();
        foreach (var sentence in text.Split('?', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            parts.AddRange(SplitAtJoiner(sentence));
        }

        return parts.Count > 1 ? parts : [text];
    }

    private static IEnumerable<string> SplitAtJoiner(string sentence)
    {
        foreach (var joiner in Joiners)
        {
            var at = sentence.IndexOf(joiner, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                var rest = sentence[(at + joiner.Length)..].TrimStart();
                var next = rest.Split(' ', 2)[0];
                if (QuestionWords.Contains(next))
                {
                    return [sentence[..at].Trim(), .. SplitAtJoiner(rest)];
                }
            }
        }

        return [sentence];
    }
}
