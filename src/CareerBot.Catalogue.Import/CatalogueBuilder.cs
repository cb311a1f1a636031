using System.Diagnostics;
using CareerBot.Knowledge.Occupations;

namespace CareerBot.Catalogue.Import;

/// <summary>Turns the official files in <c>../shared/data</c> into the committed catalogue (<c>knowledge/catalogue</c>).
/// Output is deterministic: sorted rows, invariant numbers, <c>\n</c> line ends, UTF-8 without BOM.</summary>
public static class CatalogueBuilder
{
    /// <summary>How many of the strongest ratings each occupation keeps per list (enough for fit-check questions).</summary>
    private const int TopSkills = 12;
    private const int TopKnowledge = 12;
    private const int TopWorkStyles = 10;
    private const int TopActivities = 10;
    private const int TopTechnologies = 8;

    public static CatalogueBuildCounts Build(string fromDataFolder, string toCatalogueFolder)
    {
        ArgumentNullException.ThrowIfNull(fromDataFolder);
        ArgumentNullException.ThrowIfNull(toCatalogueFolder);
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(toCatalogueFolder);

        var onetTask = Task.Run(() => OnetReader.Read(Path.Combine(fromDataFolder, "onet-29.3")));
        var canada = CanadaReader.Read(fromDataFolder);
        var wages = BlsReader.ReadWages(Path.Combine(fromDataFolder, "bls", "oews-national-may2024.xlsx"));
        var outlook = BlsReader.ReadOutlook(Path.Combine(fromDataFolder, "bls", "ep-2024-34-occupation.xlsx"));
        var groups = CanadaReader.GroupRows(fromDataFolder, canada).ToList();
        var onet = onetTask.Result;

        var occupations = OccupationLinker.Link(onet, canada);
        var employment = wages.ToDictionary(w => w.Key, w => long.TryParse(w.Value[2], out var n) ? n : 0, StringComparer.Ordinal);
        var titles = TitleRows.Build(onet, canada, occupations, employment);

        TsvWriter.Write(toCatalogueFolder, CatalogueFiles.Occupations, CatalogueFiles.OccupationsHeader,
            occupations.Select(o => OccupationRow(o, onet, canada, occupations)));
        TsvWriter.Write(toCatalogueFolder, CatalogueFiles.Profiles, CatalogueFiles.ProfilesHeader,
            occupations.Select(o => ProfileRow(o.OnetSoc, onet, occupations)));
        var wageCount = TsvWriter.Write(toCatalogueFolder, CatalogueFiles.UsWages, CatalogueFiles.UsWagesHeader, wages.Values);
        var outlookCount = TsvWriter.Write(toCatalogueFolder, CatalogueFiles.UsOutlook, CatalogueFiles.UsOutlookHeader, outlook.Values);
        var groupCount = TsvWriter.Write(toCatalogueFolder, CatalogueFiles.CanadianGroups, CatalogueFiles.CanadianGroupsHeader, groups);
        TsvWriter.Write(toCatalogueFolder, CatalogueFiles.Titles, CatalogueFiles.TitlesHeader, titles);
        TsvWriter.Write(toCatalogueFolder, CatalogueFiles.Elements, CatalogueFiles.ElementsHeader,
            onet.Elements.Select(e => new[] { e.Key, e.Value.Kind, CatalogueCells.Clean(e.Value.Name) }));

        return new CatalogueBuildCounts(
            occupations.Count,
            onet.Titles.Count - occupations.Count,
            titles.Count(t => t[1] == "en"),
            titles.Count(t => t[1] == "fr"),
            titles.Count(t => t[5].Length > 0),
            groupCount,
            wageCount,
            outlookCount,
            clock.Elapsed);
    }

    private static string[] OccupationRow(LinkedOccupation o, OnetData onet, CanadaData canada, IReadOnlyList<LinkedOccupation> all)
    {
        var (french, source) = FrenchTitle.Choose(o, canada, all);
        var interests = onet.Interests.GetValueOrDefault(o.OnetSoc) ?? new double[6];
        return
        [
            o.Id, o.OnetSoc, o.OnetSoc[..7], CatalogueCells.Clean(o.Title), CatalogueCells.Clean(french), CatalogueCells.Source(source),
            o.PrimaryNoc ?? string.Empty, string.Join(CatalogueFiles.ListSeparator, o.OtherNocs),
            onet.JobZones.TryGetValue(o.OnetSoc, out var zone) ? zone.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
            .. interests.Select(v => CatalogueCells.Number(v, 2)),
        ];
    }

    private static string[] ProfileRow(string code, OnetData onet, IReadOnlyList<LinkedOccupation> all)
    {
        var shipped = all.Select(o => o.OnetSoc).ToHashSet(StringComparer.Ordinal);
        var related = onet.Related.GetValueOrDefault(code) ?? [];
        string Tier(string tier) => string.Join(CatalogueFiles.ListSeparator,
            related.Where(r => r.Tier == tier && shipped.Contains(r.Code)).OrderBy(r => r.Index).Select(r => r.Code));
        var technologies = (onet.Technologies.GetValueOrDefault(code) ?? [])
            .Where(t => t.Hot || t.InDemand)
            .OrderByDescending(t => t.InDemand).ThenByDescending(t => t.Hot).ThenBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => CatalogueCells.Clean(t.Name).Replace(CatalogueFiles.NameSeparator, '/'))
            .Distinct(StringComparer.Ordinal)
            .Take(TopTechnologies);
        return
        [
            code,
            string.Join(CatalogueFiles.ListSeparator, (onet.Education.GetValueOrDefault(code) ?? [])
                .Where(e => e.Value > 0).Select(e => $"{e.Key}{CatalogueFiles.ScoreSeparator}{CatalogueCells.Number(e.Value, 2)}")),
            Top(onet.Skills, code, TopSkills),
            Top(onet.Knowledge, code, TopKnowledge),
            Top(onet.WorkStyles, code, TopWorkStyles),
            Top(onet.Activities, code, TopActivities),
            string.Join(CatalogueFiles.NameSeparator, technologies),
            Tier("Primary-Short"),
            Tier("Primary-Long"),
            Tier("Supplemental"),
        ];
    }

    private static string Top(Dictionary<string, List<(string Id, double Score)>> ratings, string code, int count) =>
        string.Join(CatalogueFiles.ListSeparator, (ratings.GetValueOrDefault(code) ?? [])
            .OrderByDescending(r => Math.Round(r.Score, 2)).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(r => $"{r.Id}{CatalogueFiles.ScoreSeparator}{CatalogueCells.Number(r.Score, 2)}"));
}
