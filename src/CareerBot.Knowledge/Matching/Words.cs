using System.Text;

namespace CareerBot.Knowledge.Matching;

/// <summary>Word handling that needs no name list: cleaning, light stemming and typo distance.</summary>
internal static class Words
{
    /// <summary>Questions longer than this are cut: nobody asks about a career in more words.</summary>
    public const int MaxQuestionLength = 600;

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var cut = text.Length > MaxQuestionLength ? text[..MaxQuestionLength] : text;
        var builder = new StringBuilder(cut.Length);
        foreach (var c in cut)
        {
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>A light plural stemmer: enough to make "managers" meet "manager" without mangling short words.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3)
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("men", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "man"; // "firemen", "fishermen", "linemen"
        }

        if (word.EndsWith("sses", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            ? word[..^1]
            : word;
    }

    /// <summary>True when <paramref name="typed"/> is a likely typo of <paramref name="known"/>.</summary>
    public static bool IsTypoOf(string typed, string known, int minLength = 4, int maxEdits = 2)
    {
        if (typed.Length < minLength || known.Length < minLength || typed[0] != known[0]
            || Math.Abs(typed.Length - known.Length) > 2 || typed == known)
        {
            return false;
        }

        var allowed = Math.Min(maxEdits, Math.Min(typed.Length, known.Length) >= 7 ? 2 : 1);
        return Distance(typed, known, allowed) <= allowed;
    }

    /// <summary>Optimal string alignment distance (a transposition counts as one edit), stopping early past <paramref name="max"/>.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (b.Length > 64)
        {
            return max + 1;
        }

        Span<int> rows = stackalloc int[3 * (b.Length + 1)];
        var prev2 = rows[..(b.Length + 1)];
        var prev = rows.Slice(b.Length + 1, b.Length + 1);
        var cur = rows[(2 * (b.Length + 1))..];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, prev2[j - 2] + 1);
                }

                cur[j] = value;
                best = Math.Min(best, value);
            }

            if (best > max)
            {
                return max + 1;
            }

            var oldest = prev2;
            prev2 = prev;
            prev = cur;
            cur = oldest;
        }

        return prev[b.Length];
    }
}
