using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Answers;

/// <summary>Salary answers from the structured rows: every figure with region, statistic, period, year, group and source;
/// the section's own text (how pay varies) comes with them.</summary>
internal static class SalaryAnswer
{
    /// <param name="translation">The student's language, which names the groups; null for English.</param>
    public static Answer Compose(CareerFile career, CareerSection section, string? region, CareerTranslation? translation = null)
    {
        var title = translation?.Title ?? career.Title;
        var rows = career.Salary;
        var matching = region is null ? rows : rows.Where(r => r.Region == region).ToArray();
        var missing = matching.Count == 0;
        if (missing)
        {
            matching = rows;
        }

        // With no figure for the place asked about, the same country's figures come first, each under its own name.
        var order = KnowledgeRegions.All.ToList();
        var country = region is null ? null : KnowledgeRegions.Country(region);
        var figures = matching
            .OrderBy(r => country is not null && KnowledgeRegions.Country(r.Region) == country ? 0 : 1)
            .ThenBy(r => order.IndexOf(r.Region))
            .ThenByDescending(r => r.Year, StringComparer.Ordinal) // two sources for one region: the newer first
            .Select(r => Figure(career, r, translation))
            .ToArray();
        var body = WithoutFigureBullets(SectionBlocks.Read(section, region), rows.Select(r => r.Region).ToHashSet(StringComparer.Ordinal));
        var cited = SourceFinder.ForIds(career, matching.Select(r => r.SourceId));
        return new Answer(AnswerOutcome.Answered, CareerRef.Of(career, title), KnowledgeTopics.Salary, region, 1, body, figures, cited, [])
        {
            RegionMissing = missing,
        };
    }

    /// <summary>One row as an answer's figure: its group named in the student's language, its source cited.</summary>
    public static SalaryFigure Figure(CareerFile career, SalaryRow row, CareerTranslation? translation) =>
        new(row.Region, row.Statistic, row.Amount, row.Currency, row.Period, row.Year, translation?.GroupName(row.Group) ?? row.Group,
            career.Source(row.SourceId) is { } source ? SourceFinder.ToReference(source) : new SourceReference(row.SourceId, null, null))
        {
            AtLeast = row.AtLeast,
        };

    /// <summary>
    /// The section's text without the bullets that restate a region's figures in prose (the figures come as data):
    /// what stays is how pay varies and what the rows cannot say, such as a region with no reliable figure.
    /// </summary>
    private static List<AnswerBlock> WithoutFigureBullets(IReadOnlyList<AnswerBlock> blocks, IReadOnlySet<string> figureRegions)
    {
        var names = figureRegions.SelectMany(Names).ToArray();
        var kept = new List<AnswerBlock>();
        foreach (var block in blocks)
        {
            if (block.Kind != AnswerBlockKind.Bullets)
            {
                kept.Add(block);
                continue;
            }

            var lines = block.Lines.Where(l => !names.Any(n => l.StartsWith(n, StringComparison.OrdinalIgnoreCase))).ToList();
            if (lines.Count > 0)
            {
                kept.Add(block with { Lines = lines });
            }
        }

        return kept;
    }

    /// <summary>How a bullet about the region begins in an English or French file ("**Alberta:**", "**États-Unis :**").</summary>
    private static IEnumerable<string> Names(string region)
    {
        string[] names = region switch
        {
            KnowledgeRegions.UnitedStates => ["United States", "US", "U.S.", "États-Unis"],
            KnowledgeRegions.BritishColumbia => ["British Columbia", "Colombie-Britannique"],
            _ => [KnowledgeRegions.Name(region)],
        };
        foreach (var name in names)
        {
            yield return "**" + name;
            yield return name + ":";
            yield return name + " :";
        }
    }
}
