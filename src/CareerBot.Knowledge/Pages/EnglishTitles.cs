namespace CareerBot.Knowledge.Pages;

/// <summary>
/// O*NET titles name groups of workers ("Registered Nurses", "Farmers, Ranchers, and Other Agricultural Managers");
/// a page speaks of one person ("a registered nurse"), so its display title is the singular.
/// </summary>
internal static class EnglishTitles
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["Women"] = "Woman", ["Men"] = "Man", ["People"] = "Person", ["Staff"] = "Staff", ["Chiefs"] = "Chief",
        ["Attorneys"] = "Attorney", ["Secretaries"] = "Secretary", ["Geographers"] = "Geographer",
    };

    /// <summary>"Registered Nurses" → "Registered Nurse"; "Farmers, Ranchers, and Other Agricultural Managers" →
    /// "Farmer, Rancher, or Other Agricultural Manager"; a title with a bracket or "All Other" keeps its words.</summary>
    public static string Singular(string title)
    {
        if (title.Contains("All Other", StringComparison.Ordinal))
        {
            return title;
        }

        // "Helpers--Electricians" is how O*NET files helpers: a student says "electrician helper".
        const string helpers = "Helpers--";
        if (title.StartsWith(helpers, StringComparison.Ordinal))
        {
            return Singular(title[helpers.Length..]) + " Helper";
        }

        var head = title;
        var tail = string.Empty;
        var cut = title.IndexOfAny(['(', ':']);
        if (cut > 0)
        {
            head = title[..cut].TrimEnd();
            tail = " " + title[cut..];
        }

        // "Farmers, Ranchers, and Other Agricultural Managers" lists workers: each gets its singular. In "Sales
        // Representatives, Wholesale and Manufacturing" the parts after the first qualify it and stay as they are.
        var parts = head.Split(", ");
        var isList = head.Contains(", and ", StringComparison.Ordinal) || head.Contains(", or ", StringComparison.Ordinal);
        for (var i = 0; i < parts.Length; i++)
        {
            if (i == 0 || isList)
            {
                parts[i] = SingularPhrase(parts[i]);
            }
        }

        var joined = string.Join(", ", parts);
        joined = isList ? joined.Replace(", and ", ", or ", StringComparison.Ordinal) : joined;
        return joined + tail;
    }

    /// <summary>"Police and Sheriff's Patrol Officers" → "Police and Sheriff's Patrol Officer"; "Technologists and
    /// Technicians" → "Technologist or Technician": the last word is the noun, and so is a plural just before "and".</summary>
    private static string SingularPhrase(string phrase)
    {
        var words = phrase.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var last = i == words.Length - 1;
            var beforeAnd = i + 2 < words.Length && words[i + 1] is "and" or "or" && words[i].EndsWith('s') && words[i + 2].EndsWith('s')
                && i + 2 == words.Length - 1;
            if (last || beforeAnd)
            {
                words[i] = SingularWord(words[i]);
                if (beforeAnd)
                {
                    words[i + 1] = "or";
                }
            }
        }

        if (words[0] == "and")
        {
            words[0] = "or";
        }

        return string.Join(' ', words);
    }

    public static string SingularWord(string word)
    {
        if (Irregular.TryGetValue(word, out var irregular))
        {
            return irregular;
        }

        if (word.Length <= 3 || !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        return word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
            ? word[..^2]
            : word[..^1];
    }
}
