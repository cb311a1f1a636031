using System.Globalization;

namespace CareerBot.Knowledge.Files;

/// <summary>Reads salary rows; a row without a source or year is a problem and never shown.</summary>
internal static class SalaryReader
{
    public static IReadOnlyList<SalaryRow> Read(YamlMap map, IReadOnlyList<CareerSource> sources, string path, List<KnowledgeProblem> problems)
    {
        var rows = new List<SalaryRow>();
        foreach (var (item, line) in map.Items("salary"))
        {
            if (item is null)
            {
                problems.Add(new(path, line, "salary row must be a set of 'key: value' lines"));
                continue;
            }

            var source = item.Text("source");
            var year = item.Text("year");
            var region = item.Text("region")?.ToLowerInvariant();
            var ok = true;
            if (source is null)
            {
                problems.Add(new(path, item.Line, "salary row has no source"));
                ok = false;
            }
            else if (!sources.Any(s => s.Id == source))
            {
                problems.Add(new(path, item.LineOf("source"), $"salary row source '{source}' is not listed in sources"));
                ok = false;
            }

            if (year is null)
            {
                problems.Add(new(path, item.Line, "salary row has no year (write the year or the word unknown)"));
                ok = false;
            }

            if (region is null || !KnowledgeRegions.All.Contains(region))
            {
                problems.Add(new(path, item.LineOf("region"), $"salary row region must be one of {string.Join(", ", KnowledgeRegions.All)}"));
                ok = false;
            }

            if (!decimal.TryParse(item.Text("amount"), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
            {
                problems.Add(new(path, item.LineOf("amount"), "salary row amount must be a positive number"));
                ok = false;
            }

            if (ok)
            {
                rows.Add(new SalaryRow(
                    region!,
                    item.Text("statistic")?.ToLowerInvariant() ?? "average",
                    amount,
                    item.Text("currency")?.ToUpperInvariant() ?? (region == KnowledgeRegions.UnitedStates ? "USD" : "CAD"),
                    item.Text("period")?.ToLowerInvariant() ?? "year",
                    year!,
                    item.Text("group") ?? string.Empty,
                    source!));
            }
        }

        return rows;
    }
}
