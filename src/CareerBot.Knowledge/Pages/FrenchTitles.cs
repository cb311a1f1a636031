namespace CareerBot.Knowledge.Pages;

/// <summary>
/// A CNP unit-group title names a group of workers in the plural, with both genders and often several jobs
/// (« Infirmiers autorisés/infirmières autorisées et infirmiers psychiatriques autorisés/… »); a page speaks of one
/// person, so its display title is the first job's first form in the singular (« Infirmier autorisé »).
/// </summary>
internal static class FrenchTitles
{
    private static readonly HashSet<string> Joins =
        new(["de", "du", "des", "d", "en", "à", "au", "aux", "pour", "sur", "dans", "et", "ou", "par", "la", "le", "les"], StringComparer.OrdinalIgnoreCase);

    public static string Singular(string unitTitle)
    {
        var text = unitTitle;
        var bracket = text.IndexOf(" (", StringComparison.Ordinal);
        text = bracket > 0 ? text[..bracket] : text;
        text = FirstForm(text);
        var and = text.IndexOf(" et ", StringComparison.Ordinal);
        text = and > 0 ? text[..and] : text;

        // The head noun and its adjectives come before the first small word: « Directeurs des ventes ».
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = true;
        for (var i = 0; i < words.Length; i++)
        {
            head &= !Joins.Contains(words[i]) && !words[i].Contains('\'', StringComparison.Ordinal);
            if (head)
            {
                words[i] = SingularWord(words[i]);
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>« Directeurs/directrices des services » → « Directeurs des services »; « Opérateurs / opératrices de
    /// machines » → « Opérateurs de machines »; « Plombiers / plombières » → « Plombiers ».</summary>
    private static string FirstForm(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return text;
        }

        var left = text[..slash].Trim();
        var right = text[(slash + 1)..].Trim();
        var leftWords = left.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rightWords = right.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (leftWords.Length == 0)
        {
            return right;
        }

        // The left form replaces as many words of the right one as it has; the right one's tail completes it.
        var last = leftWords[^1];
        var start = Array.FindIndex(rightWords, w => w.Length >= 3 && last.Length >= 3
            && string.Equals(w[..3], last[..3], StringComparison.OrdinalIgnoreCase));
        var tail = start >= 0 ? rightWords.Skip(start + 1) : rightWords.Skip(leftWords.Length);
        return string.Join(' ', leftWords.Concat(tail));
    }

    private static string SingularWord(string word)
    {
        if (word.Length <= 3)
        {
            return word;
        }

        if (word.EndsWith("aux", StringComparison.Ordinal))
        {
            return word[..^3] + "al";
        }

        return word.EndsWith('s') || word.EndsWith('x') ? word[..^1] : word;
    }
}
