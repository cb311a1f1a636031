namespace CareerBot.Catalogue.Import;

/// <summary>Splits a gendered slash form into its masculine and feminine titles: "Plombier/plombière" → "Plombier",
/// "Plombière"; "Agent/agente de sécurité" → "Agent de sécurité", "Agente de sécurité"; "Producteur exécutif/productrice
/// exécutive de jeux vidéo" → both full forms; "Plombiers / plombières" (unit titles) alike; "Journeyman/woman plumber" →
/// "Journeyman plumber", "Journeywoman plumber". Every slash is resolved, the left choice for one form and the right
/// choice for the other.</summary>
internal static class GenderedTitle
{
    /// <summary>Leading letters two words must share to be taken as the two genders of one word (plombier/plombière).</summary>
    private const int SharedPrefix = 3;

    /// <summary>The titles a published title stands for: itself when it has no gendered slash, else its masculine and
    /// feminine forms (one when both are the same). Never an empty or one-letter title.</summary>
    public static IReadOnlyList<string> Split(string title, bool french)
    {
        ArgumentNullException.ThrowIfNull(title);
        var masculine = Resolve(title, french, right: false);
        if (masculine is null)
        {
            return title.Length > 1 ? [title] : [];
        }

        var feminine = Resolve(title, french, right: true) ?? title;
        return new[] { masculine, feminine }
            .Where(t => t.Length > 1)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The title with every gendered slash resolved to one side; null when the first slash is not gendered.</summary>
    private static string? Resolve(string title, bool french, bool right)
    {
        string? result = null;
        var text = title;
        for (var guard = 0; guard < 8 && text.Contains('/', StringComparison.Ordinal); guard++)
        {
            var next = ResolveFirst(text, french, right);
            if (next is null)
            {
                break;
            }

            text = result = next;
        }

        return result;
    }

    private static string? ResolveFirst(string text, bool french, bool pickRight)
    {
        var at = text.IndexOf('/', StringComparison.Ordinal);
        var left = Words(text[..at]);
        var right = Words(text[(at + 1)..]);
        if (left.Length == 0 || right.Length == 0)
        {
            return null;
        }

        var first = right[0];
        var last = left[^1];

        // English "-man/woman", "-men/women": the right side is only the changed ending.
        foreach (var (man, woman) in new[] { ("man", "woman"), ("men", "women") })
        {
            if (first.Equals(woman, StringComparison.OrdinalIgnoreCase) && last.EndsWith(man, StringComparison.OrdinalIgnoreCase))
            {
                var word = pickRight ? last[..^man.Length] + woman : last;
                return Join([.. left[..^1], word, .. right[1..]], text);
            }
        }

        // The left word the right side starts with (its other gender): its position sets how many words the right side's
        // first form spans (Producteur exécutif/productrice exécutive de jeux vidéo: two).
        var start = -1;
        for (var i = left.Length - 1; i >= 0; i--)
        {
            if (SamePrefix(left[i], first))
            {
                start = i;
                break;
            }
        }

        if (start < 0)
        {
            if (!french || !IsWord(last) || !IsWord(first))
            {
                return null; // "A/C Mechanic", "UI/UX": not a gender form
            }

            // No shared stem: one word for one word (Garçon/fille de table), or two full forms (Chanteur d'opéra/cantatrice).
            start = left.Length > 1 && right.Length == 1 ? 0 : left.Length - 1;
        }

        var span = left.Length - start;
        if (right.Length < span)
        {
            // "Chanteur d'opéra/cantatrice": two full forms.
            return Join(pickRight ? [.. left[..start], .. right] : left, text);
        }

        return Join(pickRight ? [.. left[..start], .. right] : [.. left, .. right[span..]], text);
    }

    private static bool SamePrefix(string a, string b)
    {
        var x = TitleText.Fold(a);
        var y = TitleText.Fold(b);
        return x.Length >= SharedPrefix && y.Length >= SharedPrefix && string.CompareOrdinal(x, 0, y, 0, SharedPrefix) == 0;
    }

    private static bool IsWord(string word) => word.Count(char.IsLetter) >= 3;

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The words as a title, with a capital first letter when the published title starts with one.</summary>
    private static string Join(IEnumerable<string> words, string original)
    {
        var text = string.Join(' ', words);
        return text.Length > 0 && original.Length > 0 && char.IsUpper(original[0]) && char.IsLower(text[0])
            ? char.ToUpperInvariant(text[0]) + text[1..]
            : text;
    }
}
