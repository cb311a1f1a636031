namespace CareerBot.Knowledge.Files;

/// <summary>Splits a career file into its YAML front matter and Markdown body lines.</summary>
internal static class FrontMatterSplitter
{
    /// <summary>Returns the index of the closing "---" line, or a problem message.</summary>
    public static int FindClosingLine(IReadOnlyList<string> lines, out string? problem)
    {
        problem = null;
        if (lines.Count == 0 || lines[0].Trim() != "---")
        {
            problem = "bad YAML: the file must start with a '---' line that opens the front matter";
            return -1;
        }

        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].TrimEnd() == "---")
            {
                return i;
            }
        }

        problem = "bad YAML: the front matter is never closed with a '---' line";
        return -1;
    }
}
