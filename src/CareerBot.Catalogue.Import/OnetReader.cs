using System.Globalization;

namespace CareerBot.Catalogue.Import;

/// <summary>Reads the O*NET 29.3 Excel files into <see cref="OnetData"/>.</summary>
internal static class OnetReader
{
    /// <summary>Task weights for ranking IWAs: the Task Ratings file (importance) is not in the data folder, so a core
    /// task counts twice a supplemental one.</summary>
    private const double CoreTaskWeight = 1.0;
    private const double SupplementalTaskWeight = 0.5;

    public static OnetData Read(string folder)
    {
        var data = new OnetData();
        string F(string name) => Path.Combine(folder, name + ".xlsx");

        foreach (var r in Rows(F("Occupation Data")))
        {
            data.Titles[r[0]] = r[1];
        }

        foreach (var r in Rows(F("Job Zones")))
        {
            data.JobZones[r[0]] = int.Parse(r[2], CultureInfo.InvariantCulture);
        }

        foreach (var r in Rows(F("Interests")).Where(r => r[4] == "OI"))
        {
            var index = "abcdef".IndexOf(r[2][^1]);
            if (r[2].StartsWith("1.B.1.", StringComparison.Ordinal) && r[2].Length == 7 && index >= 0)
            {
                Get(data.Interests, r[0], () => new double[6])[index] = Number(r[6]);
                data.Elements[r[2]] = ("interest", r[3]);
            }
        }

        foreach (var r in Rows(F("Education, Training, and Experience")).Where(r => r[4] == "RL"))
        {
            Get(data.Education, r[0], () => new SortedDictionary<int, double>())[int.Parse(r[6], CultureInfo.InvariantCulture)] = Number(r[7]);
        }

        foreach (var r in Rows(F("Related Occupations")))
        {
            Get(data.Related, r[0], () => []).Add((r[2], r[4], int.Parse(r[5], CultureInfo.InvariantCulture)));
        }

        ReadImportance(Rows(F("Skills")), "skill", data.Skills, data);
        ReadImportance(Rows(F("Knowledge")), "knowledge", data.Knowledge, data);
        ReadImportance(Rows(F("Work Styles")), "work-style", data.WorkStyles, data);

        foreach (var r in Rows(F("Technology Skills")))
        {
            Get(data.Technologies, r[0], () => []).Add((r[2], r[5] == "Y", r[6] == "Y"));
        }

        foreach (var r in Rows(F("Alternate Titles")))
        {
            Get(data.Alternates, r[0], () => []).Add((r[2], r[3]));
        }

        foreach (var r in Rows(F("Sample of Reported Titles")))
        {
            Get(data.Reported, r[0], () => []).Add(r[2]);
        }

        ReadActivities(folder, data);
        return data;
    }

    /// <summary>IWA score per occupation: each task adds its weight to every IWA its DWAs roll up to.</summary>
    private static void ReadActivities(string folder, OnetData data)
    {
        var taskWeight = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var r in Rows(Path.Combine(folder, "Task Statements.xlsx")))
        {
            taskWeight[r[0] + "/" + r[2]] = r[4] == "Core" ? CoreTaskWeight : SupplementalTaskWeight;
        }

        var iwaOfDwa = Rows(Path.Combine(folder, "DWA Reference.xlsx")).ToDictionary(r => r[4], r => r[2], StringComparer.Ordinal);
        var sums = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in Rows(Path.Combine(folder, "Tasks to DWAs.xlsx")))
        {
            if (!iwaOfDwa.TryGetValue(r[4], out var iwa) || !seen.Add(r[0] + "/" + r[2] + "/" + iwa))
            {
                continue; // one task reaching the same IWA through two DWAs counts once
            }

            var weight = taskWeight.GetValueOrDefault(r[0] + "/" + r[2], SupplementalTaskWeight);
            var perIwa = Get(sums, r[0], () => new Dictionary<string, double>(StringComparer.Ordinal));
            perIwa[iwa] = perIwa.GetValueOrDefault(iwa) + weight;
        }

        foreach (var (code, perIwa) in sums)
        {
            data.Activities[code] = [.. perIwa.Select(p => (p.Key, p.Value))];
        }
    }

    private static void ReadImportance(IEnumerable<string[]> rows, string kind, Dictionary<string, List<(string, double)>> target, OnetData data)
    {
        foreach (var r in rows.Where(r => r[4] == "IM"))
        {
            Get(target, r[0], () => []).Add((r[2], Number(r[6])));
            data.Elements[r[2]] = (kind, r[3]);
        }
    }

    private static IEnumerable<string[]> Rows(string path) => XlsxSheet.Read(path).Skip(1).Where(r => r.Length > 0 && r[0].Length > 0);

    private static double Number(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);

    private static T Get<T>(Dictionary<string, T> map, string key, Func<T> create)
    {
        if (!map.TryGetValue(key, out var value))
        {
            map[key] = value = create();
        }

        return value;
    }
}
