using System.Text.RegularExpressions;

namespace CareerBot.Knowledge.Index;

/// <summary>Turns section Markdown into plain text a person can read in a chat or a terminal.</summary>
internal static partial class MarkdownText
{
    [GeneratedRegex(@"!?\[([^\]]*)\]\(([^)]*)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|`)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"(?<![\w*])[*_](?=\S)([^*_\n]+?)(?<=\S)[*_](?![\w*])")]
    private static partial Regex Italic();

    [GeneratedRegex(@"^\s*([-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    public static string ToPlain(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = new List<string>();
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Trim().StartsWith("```", StringComparison.Ordinal) || line.Trim().StartsWith("|--", StringComparison.Ordinal))
            {
                continue;
            }

            line = Link().Replace(line, "$1");
            line = Emphasis().Replace(line, string.Empty);
            line = Italic().Replace(line, "$1");
            if (line.TrimStart().StartsWith('#'))
            {
                line = line.Trim().TrimStart('#').Trim() + ":";
            }
            else if (ListMarker().IsMatch(line))
            {
                line = "- " + ListMarker().Replace(line, string.Empty).Trim();
            }
            else if (line.TrimStart().StartsWith('>'))
            {
                line = line.Trim().TrimStart('>').Trim();
            }
            else if (line.TrimStart().StartsWith('|'))
            {
                line = string.Join(", ", line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            lines.Add(line.Trim().Length == 0 ? string.Empty : line.Trim());
        }

        return string.Join('\n', lines).Trim();
    }
}
