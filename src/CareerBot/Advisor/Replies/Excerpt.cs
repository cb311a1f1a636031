namespace CareerBot.Advisor.Replies;

/// <summary>Short extracts of career file text for chat replies.</summary>
public static class Excerpt
{
    /// <summary>The first paragraph, cut after the last whole sentence that fits in <paramref name="maxLength"/>.</summary>
    public static string FirstParagraph(string? text, int maxLength = 400)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var paragraph = text.Trim().Split("\n\n", 2)[0].Replace('\n', ' ').Trim();
        if (paragraph.Length <= maxLength)
        {
            return paragraph;
        }

        var cut = paragraph.LastIndexOf(". ", maxLength, StringComparison.Ordinal);
        return cut > 0 ? paragraph[..(cut + 1)] : paragraph[..maxLength].TrimEnd() + "…";
    }

    /// <summary>The first line of a numbered or bulleted list in the text (a career file's first step), without its marker.</summary>
    public static string? FirstListItem(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            var marker = line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("• ", StringComparison.Ordinal) ? 2
                : line.Length > 2 && char.IsDigit(line[0]) && line.IndexOf(". ", StringComparison.Ordinal) is > 0 and < 4 and var dot ? dot + 2
                : 0;
            if (marker > 0)
            {
                return line[marker..].Trim();
            }
        }

        return null;
    }
}
