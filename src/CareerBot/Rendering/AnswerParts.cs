using CareerBot.Knowledge.Answers;

namespace CareerBot.Rendering;

/// <summary>The pieces both renderers lay out: figures grouped per region, and body blocks as Markdown text.</summary>
public static class AnswerParts
{
    /// <summary>The salary figures of one region with the occupation group and source they share, said once.</summary>
    public sealed record RegionFigures(string Region, IReadOnlyList<SalaryFigure> Figures, string Group, SourceReference Source);

    /// <summary>Figures per region (and per source, when one region has figures from two), in the answer's order.</summary>
    public static IReadOnlyList<RegionFigures> ByRegion(IEnumerable<SalaryFigure> figures) =>
        figures.GroupBy(f => (f.Region, f.Group, f.Source))
            .Select(g => new RegionFigures(g.Key.Region, g.ToList(), g.Key.Group, g.Key.Source))
            .ToList();

    /// <summary>A block as Markdown: steps numbered on from <paramref name="skip"/>, bullets, a note in italics.</summary>
    /// <param name="numberedParagraphs">Steps as numbered paragraphs, not a Markdown list: Adaptive Card hosts number
    /// every list from 1, so the steps behind "Show more" would start again at 1.</param>
    public static string Markdown(AnswerBlock block, int skip = 0, int take = int.MaxValue, bool numberedParagraphs = false)
    {
        ArgumentNullException.ThrowIfNull(block);
        var lines = block.Lines.Skip(skip).Take(take).ToList();
        return block.Kind switch
        {
            AnswerBlockKind.Steps when numberedParagraphs => string.Join("\n\n", lines.Select((l, i) => $"{skip + i + 1}\\. {l}")),
            AnswerBlockKind.Steps => string.Join('\n', lines.Select((l, i) => $"{skip + i + 1}. {l}")),
            AnswerBlockKind.Bullets => string.Join('\n', lines.Select(l => "- " + l)),
            AnswerBlockKind.Note => "_" + string.Join(' ', lines) + "_",
            _ => string.Join(' ', lines),
        };
    }

    public static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
