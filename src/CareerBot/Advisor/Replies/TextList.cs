namespace CareerBot.Advisor.Replies;

/// <summary>Writes names as a person would: "A, B and C", "an IT Analyst".</summary>
public static class TextList
{
    public static string Join(IEnumerable<string> items, string lastSeparator = " and ")
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToArray();
        return list.Length switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list[..^1]) + lastSeparator + list[^1],
        };
    }

    /// <summary>The title with "a" or "an" before it.</summary>
    public static string WithArticle(string title)
    {
        ArgumentException.ThrowIfNullOrEmpty(title);
        return ("AEIOU".Contains(char.ToUpperInvariant(title[0])) ? "an " : "a ") + title;
    }
}
