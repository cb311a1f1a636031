using CareerBot.Dialogs.Recognizers;

namespace CareerBot.Advisor.Understanding;

/// <summary>Reads what a fit check request is about when no covered career was found in it.</summary>
public static class FitCheckRequest
{
    private static readonly HashSet<string> Linkers = ["for", "as", "pour", "comme"];

    private static readonly HashSet<string> Fillers =
    [
        "a", "an", "the", "this", "that", "it", "its", "career", "job", "role", "one", "me", "them", "these", "those", "being",
        "becoming", "please", "now", "check", "quiz", "test", "work", "field", "path", "option", "kind", "of", "thing", "you", "us",
        "moi", "ce", "cette", "cet", "metier", "carriere", "un", "une", "le", "la", "ca",
    ];

    /// <summary>
    /// True when the request names something after "for"/"as" ("am I a good fit for astronaut?"): a career the library
    /// does not cover, which must not be swapped silently for another one.
    /// </summary>
    public static bool NamesSomething(string? text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var linker = -1;
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (Linkers.Contains(tokens[i]))
            {
                linker = i;
                break;
            }
        }

        return linker >= 0 && tokens.Skip(linker + 1).Any(t => !Fillers.Contains(t));
    }
}
