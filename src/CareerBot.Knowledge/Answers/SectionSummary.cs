using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Index;

namespace CareerBot.Knowledge.Answers;

/// <summary>Makes a short plain-text reply from a section: its first lines up to a length a chat can show.</summary>
internal static class SectionSummary
{
    public const int MaxLength = 700;

    public static string Summarize(CareerSection section, string? region)
    {
        var lines = MarkdownText.ToPlain(section.Markdown)
            .Split('\n', StringSplitOptions.TrimEntries)
            .Where(l => l.Length > 0)
            .ToList();
        if (region is not null)
        {
            // Lines about the region the student asked for go first.
            var name = region == KnowledgeRegions.UnitedStates ? "U.S" : KnowledgeRegions.Name(region);
            lines = lines.OrderBy(l => l.Contains(name, StringComparison.OrdinalIgnoreCase) ? 0 : 1).ToList();
        }

        var text = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (text.Length + line.Length + 1 > MaxLength)
            {
                if (text.Length == 0)
                {
                    text.Append(CutAtSentence(line));
                }

                break;
            }

            text.Append(text.Length == 0 ? string.Empty : "\n").Append(line);
        }

        return text.ToString();
    }

    private static string CutAtSentence(string line)
    {
        var cut = line[..MaxLength];
        var end = cut.LastIndexOf(". ", StringComparison.Ordinal);
        return end > MaxLength / 3 ? cut[..(end + 1)] : cut.TrimEnd() + "…";
    }
}
