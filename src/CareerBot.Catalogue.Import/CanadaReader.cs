using System.Globalization;
using System.Text.Json;

namespace CareerBot.Catalogue.Import;

/// <summary>Reads the Canadian files: NOC/CNP unit groups with TEER, EN/FR example titles, the B.C. crosswalk, WorkBC
/// wages and outlook and COPS, and makes the <c>canada-groups.tsv</c> rows.</summary>
internal static class CanadaReader
{
    public static CanadaData Read(string dataFolder)
    {
        var data = new CanadaData();
        var french = CsvFile.Read(Path.Combine(dataFolder, "noc-2021", "noc2021_unit_groups_teer.fr.csv")).Skip(1)
            .Where(r => r.Length > 2 && r[0].Length > 0)
            .GroupBy(r => Noc(r[0]), StringComparer.Ordinal) // a unit is repeated once per NOC 2016 code it came from
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
        foreach (var r in CsvFile.Read(Path.Combine(dataFolder, "noc-2021", "noc2021_unit_groups_teer.csv")).Skip(1).Where(r => r.Length > 2 && r[0].Length > 0))
        {
            data.Units.TryAdd(Noc(r[0]), (r[1].Trim(), french.GetValueOrDefault(Noc(r[0]), string.Empty).Trim(), r[2].Trim()));
        }

        var script = File.ReadAllText(Path.Combine(dataFolder, "noc-2021", "example-titles-en-fr.js"));
        var json = script[script.IndexOf('[')..(script.LastIndexOf(']') + 1)];
        foreach (var unit in JsonDocument.Parse(json).RootElement.EnumerateArray())
        {
            var code = unit.GetProperty("category_code").GetString()!;
            data.ExamplesEn[code] = [.. unit.GetProperty("occupations_EN").EnumerateArray().Select(t => t.GetString()!)];
            data.ExamplesFr[code] = [.. unit.GetProperty("occupations_FR").EnumerateArray().Select(t => t.GetString()!)];
        }

        foreach (var r in XlsxSheet.Read(Path.Combine(dataFolder, "crosswalk", "bc-onet2019_soc2018_noc2016_noc2021_crosswalk.xlsx")).Skip(1).Where(r => r[0].Length > 0))
        {
            var noc = Noc(r[0]);
            var onet = r[5];
            AddOnce(data.OnetByNoc, noc, onet);
            AddOnce(data.NocByOnet, onet, noc);
        }

        return data;
    }

    public static IEnumerable<string[]> GroupRows(string dataFolder, CanadaData data)
    {
        var wages = XlsxSheet.Read(Path.Combine(dataFolder, "bc", "WorkBC_2025_Wage_Data.xlsx"), "Data Table").Skip(1)
            .Where(r => r[0].Length > 0).ToDictionary(r => Noc(r[0]), StringComparer.Ordinal);
        var outlook = XlsxSheet.Read(Path.Combine(dataFolder, "bc", "WorkBC_Career_Profile_Data_2025.xlsx"), "Provincial Outlook").Skip(3)
            .Where(r => r[0].StartsWith('#')).ToDictionary(r => Noc(r[0].TrimStart('#')), StringComparer.Ordinal);
        var industries = XlsxSheet.Read(Path.Combine(dataFolder, "bc", "Job_Openings_by_Industry_LMO_2025.xlsx"), "Career Profiles").Skip(4)
            .Where(r => r[0].StartsWith('#')).ToDictionary(r => Noc(r[0].TrimStart('#')), Industries, StringComparer.Ordinal);
        var cops = CsvFile.Read(Path.Combine(dataFolder, "cops-2024-2033", "summary_sommaire_2024_2033_noc2021.csv"));
        var copsHeader = cops[0];
        int Col(string name) => Array.IndexOf(copsHeader, name);
        var copsRows = cops.Skip(1).Where(r => r.Length == copsHeader.Length && r[0].Length == 5 && r[0].All(char.IsAsciiDigit))
            .ToDictionary(r => r[0], StringComparer.Ordinal);

        foreach (var (noc, unit) in data.Units)
        {
            var row = new List<string> { noc, Clean(unit.TitleEn), Clean(unit.TitleFr), unit.Teer, noc[..1] };
            if (wages.TryGetValue(noc, out var w) && IsNumber(w[2]) && IsNumber(w[3]) && IsNumber(w[4]))
            {
                // Job Bank publishes an hourly rate, or an annual salary when no hourly rate exists; no wage is 500 an hour.
                var hourly = decimal.Parse(w[3], CultureInfo.InvariantCulture) < 500;
                row.AddRange([Round(w[2], 2), Round(w[3], 2), Round(w[4], 2), hourly ? "hourly" : "annual", "2025"]);
            }
            else
            {
                row.AddRange(["", "", "", "", ""]);
            }

            row.AddRange(outlook.TryGetValue(noc, out var o) ? [Round(o[7], 0), Round(o[4], 1)] : ["", ""]);
            if (copsRows.TryGetValue(noc, out var c))
            {
                var recentEn = c[Col("Recent_Labour_Market_Conditions")];
                var futureEn = c[Col("Future_Labour_Market_Conditions")];
                row.AddRange([Condition(recentEn), Label(recentEn), Label(c[Col("Conditions_récentes_sur_le_marché_du_travail")]),
                    Condition(futureEn), Label(futureEn), Label(c[Col("Conditions_futures_sur_le_marché_du_travail")]),
                    Count(c[Col("Total_Job_Openings_Perspective_d'emploi")]), Count(c[Col("Job_Seekers_Chercheurs_emploi")])]);
            }
            else
            {
                row.AddRange(["", "", "", "", "", "", "", ""]);
            }

            row.Add(industries.GetValueOrDefault(noc, string.Empty));
            yield return [.. row];
        }
    }

    /// <summary>"Public Administration", 78, …, "N/A" → "public-administration=78 …": each industry named for the
    /// unit's B.C. labour force, as our id and its rounded percent, in the file's order (largest first).</summary>
    private static string Industries(string[] row)
    {
        var items = new List<string>();
        for (var i = 2; i + 1 < row.Length; i += 3)
        {
            if (row[i].Length > 0 && row[i] != "N/A" && IsNumber(row[i + 1]))
            {
                items.Add(IndustryId(row[i]) + Knowledge.Occupations.CatalogueFiles.ScoreSeparator + Round(row[i + 1], 0));
            }
        }

        return string.Join(Knowledge.Occupations.CatalogueFiles.ListSeparator, items);
    }

    /// <summary>"Professional, Scientific And Technical Services" → "professional-scientific-and-technical-services".</summary>
    public static string IndustryId(string name) =>
        string.Join('-', name.ToLowerInvariant().Split([' ', ',', '/'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Our code for a COPS condition ("Moderate risk of Shortage" → shortage-moderate); empty when not assessed.</summary>
    private static string Condition(string label)
    {
        var text = label.ToLowerInvariant();
        if (text is "" or "n/a")
        {
            return string.Empty;
        }

        if (text == "balance")
        {
            return "balance";
        }

        var direction = text.Contains("shortage", StringComparison.Ordinal) ? "shortage" : text.Contains("surplus", StringComparison.Ordinal) ? "surplus" : null;
        var strength = text.StartsWith("strong", StringComparison.Ordinal) ? "strong" : text.StartsWith("moderate", StringComparison.Ordinal) ? "moderate" : null;
        return direction is null || strength is null
            ? throw new InvalidDataException($"COPS condition '{label}' has no code")
            : direction + "-" + strength;
    }

    private static string Label(string label) => label is "N/A" or "N/D" ? string.Empty : label;

    private static string Count(string cell) => cell.Replace(",", "", StringComparison.Ordinal) is var digits && long.TryParse(digits, out var n)
        ? n.ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static bool IsNumber(string cell) => decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    private static string Round(string cell, int decimals) =>
        decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)
            : string.Empty;

    public static string Noc(string cell) => cell.Trim().PadLeft(5, '0');

    private static string Clean(string text) => Knowledge.Occupations.CatalogueCells.Clean(text);

    private static void AddOnce(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
