using System.Text.RegularExpressions;
using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Answers;

/// <summary>Reads a section's Markdown into body blocks: paragraphs, numbered steps, bullet items and notes, whole.</summary>
internal static partial class SectionBlocks
{
    [GeneratedRegex(@"^\s*\d+[.)]\s+")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^\s*[-*+]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"(?<=[a-z0-9)][.!?])\s+(?=[A-Z(])")]
    private static partial Regex SentenceEnd();

    /// <summary>A line's first sentence (a full stop after a small letter, a digit or a bracket, then a capital).</summary>
    public static string FirstSentence(string line) => SentenceEnd().Split(line, 2)[0].Trim();

    public static IReadOnlyList<AnswerBlock> Read(CareerSection section, string? region)
    {
        ArgumentNullException.ThrowIfNull(section);
        var blocks = new List<AnswerBlock>();
        var paragraph = new List<string>();
        (AnswerBlockKind Kind, List<string> Lines)? list = null;

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(AnswerBlock.Paragraph(string.Join(' ', paragraph)));
                paragraph.Clear();
            }

            if (list is { } open)
            {
                blocks.Add(new AnswerBlock(open.Kind, RegionFirst(open.Lines, open.Kind, region)));
                list = null;
            }
        }

        foreach (var raw in section.Markdown.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("|--", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }

            var kind = Numbered().IsMatch(line) ? AnswerBlockKind.Steps : Bullet().IsMatch(line) ? AnswerBlockKind.Bullets : (AnswerBlockKind?)null;
            if (kind is { } item)
            {
                if (list?.Kind != item)
                {
                    Flush();
                    list = (item, []);
                }

                list.Value.Lines.Add((item == AnswerBlockKind.Steps ? Numbered() : Bullet()).Replace(line, string.Empty));
            }
            else if (list is { } open && raw.StartsWith("  ", StringComparison.Ordinal))
            {
                open.Lines[^1] += " " + line; // a list item continued on the next line
            }
            else if (line.StartsWith('>'))
            {
                Flush();
                blocks.Add(new AnswerBlock(AnswerBlockKind.Note, [line.TrimStart('>').Trim()]));
            }
            else if (line.StartsWith('#'))
            {
                Flush();
                blocks.Add(AnswerBlock.Paragraph("**" + line.TrimStart('#').Trim() + "**"));
            }
            else
            {
                if (list is not null)
                {
                    Flush();
                }

                paragraph.Add(line.StartsWith('|') ? string.Join(", ", line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) : line);
            }
        }

        Flush();
        return blocks;
    }

    /// <summary>Bullets about the region the student asked for go first; steps keep their order.</summary>
    private static List<string> RegionFirst(List<string> lines, AnswerBlockKind kind, string? region)
    {
        if (region is null || kind != AnswerBlockKind.Bullets)
        {
            return lines;
        }

        var names = region == KnowledgeRegions.UnitedStates ? new[] { "U.S", "US:", "US " } : [KnowledgeRegions.Name(region)];
        return [.. lines.OrderBy(l => names.Any(n => l.Contains(n, StringComparison.OrdinalIgnoreCase)) ? 0 : 1)];
    }
}
