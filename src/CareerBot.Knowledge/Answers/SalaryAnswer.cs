using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Answers;

/// <summary>Salary replies built from the structured rows: every figure with region, statistic, year and source.</summary>
internal static class SalaryAnswer
{
    public static (string Text, IReadOnlyList<SourceReference> Sources) Compose(CareerFile career, string? region)
    {
        var rows = career.Salary;
        var matching = region is null ? rows : rows.Where(r => r.Region == region).ToArray();
        var lines = new List<string>();
        if (matching.Count > 0)
        {
            lines.Add(region is null
                ? $"Salary figures for {career.Title}:"
                : $"Salary figures for {career.Title} in {KnowledgeRegions.Name(region)}:");
        }
        else
        {
            lines.Add($"I don't have a salary figure for {career.Title} in {KnowledgeRegions.Name(region!)}. The figures I do have:");
            matching = rows;
        }

        foreach (var row in matching.OrderBy(r => KnowledgeRegions.All.ToList().IndexOf(r.Region)))
        {
            lines.Add("- " + Describe(career, row));
        }

        lines.Add("Figures are for the official occupation group named, so a specific job title can pay more or less.");
        return (string.Join('\n', lines), SourceFinder.ForIds(career, matching.Select(r => r.SourceId)));
    }

    private static string Describe(CareerFile career, SalaryRow row)
    {
        var period = row.Period == "hour" ? "an hour" : "a year";
        var source = career.Source(row.SourceId)?.Title ?? row.SourceId;
        var group = row.Group.Length > 0 ? $" for {row.Group}" : string.Empty;
        var place = char.ToUpperInvariant(KnowledgeRegions.Name(row.Region)[0]) + KnowledgeRegions.Name(row.Region)[1..];
        return $"{place}: {row.Statistic} {Phrasing.Money(row.Amount, row.Currency)} {period}{group} ({source}, {Phrasing.Year(row.Year)})";
    }
}
