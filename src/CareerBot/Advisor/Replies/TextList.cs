namespace CareerBot.Advisor.Replies;

/// <summary>Joins names as a person would write them: "A", "A and B", "A, B and C".</summary>
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
}
