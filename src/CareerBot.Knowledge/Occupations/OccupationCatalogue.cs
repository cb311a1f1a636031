using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Occupations;

/// <summary>The official occupation catalogue (<c>knowledge/catalogue/</c>): O*NET occupations linked to SOC and NOC,
/// US wages and outlook per SOC, Canadian unit groups per NOC, and the titles that resolve to an occupation.</summary>
public sealed class OccupationCatalogue
{
    private readonly Dictionary<string, Occupation> byId;
    private readonly Dictionary<string, Occupation> byOnetSoc;
    private readonly Dictionary<string, Occupation[]> bySoc;
    private readonly Dictionary<string, Occupation[]> byNoc;
    private readonly Dictionary<string, CanadianGroup> groups;
    private readonly Dictionary<string, UsWage> wages;
    private readonly Dictionary<string, UsOutlook> outlooks;
    private readonly Dictionary<string, OccupationTitle[]> titlesByOccupation;

    public static readonly OccupationCatalogue Empty = new([], [], [], [], [], []);

    internal OccupationCatalogue(
        Occupation[] occupations,
        CanadianGroup[] canadianGroups,
        UsWage[] usWages,
        UsOutlook[] usOutlooks,
        OccupationTitle[] titles,
        CatalogueElement[] elements)
    {
        Occupations = occupations;
        CanadianGroups = canadianGroups;
        UsWages = usWages;
        UsOutlooks = usOutlooks;
        Titles = titles;
        Elements = elements;
        byId = occupations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        byOnetSoc = occupations.ToDictionary(o => o.OnetSoc, StringComparer.Ordinal);
        bySoc = occupations.GroupBy(o => o.Soc, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        byNoc = occupations
            .SelectMany(o => (o.PrimaryNoc is null ? [] : new[] { (Noc: o.PrimaryNoc, Rank: 0, Occupation: o) })
                .Concat(o.OtherNocs.Select(n => (Noc: n, Rank: 1, Occupation: o))))
            .GroupBy(x => x.Noc, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.Rank).Select(x => x.Occupation).ToArray(), StringComparer.Ordinal);
        groups = canadianGroups.ToDictionary(g => g.Noc, StringComparer.Ordinal);
        wages = usWages.ToDictionary(w => w.Soc, StringComparer.Ordinal);
        outlooks = usOutlooks.ToDictionary(w => w.Soc, StringComparer.Ordinal);
        titlesByOccupation = titles.GroupBy(t => t.OccupationId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Occupations sorted by O*NET-SOC code.</summary>
    public IReadOnlyList<Occupation> Occupations { get; }

    /// <summary>NOC 2021 unit groups sorted by code.</summary>
    public IReadOnlyList<CanadianGroup> CanadianGroups { get; }

    public IReadOnlyList<UsWage> UsWages { get; }

    public IReadOnlyList<UsOutlook> UsOutlooks { get; }

    /// <summary>Every title row (English and French) that resolves to an occupation.</summary>
    public IReadOnlyList<OccupationTitle> Titles { get; }

    public IReadOnlyList<CatalogueElement> Elements { get; }

    /// <summary>Reads the catalogue folder; never throws for bad content: a broken row is skipped and reported.</summary>
    public static OccupationCatalogueLoad Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return new OccupationCatalogueLoad(Empty, [new KnowledgeProblem(folder, 0, "catalogue folder not found")]);
        }

        return OccupationCatalogueReader.Read(folder);
    }

    public Occupation? ById(string id) => byId.GetValueOrDefault(id);

    public Occupation? ByOnetSoc(string onetSoc) => byOnetSoc.GetValueOrDefault(onetSoc);

    /// <summary>The O*NET occupations within one SOC 2018 detailed occupation (several share one SOC, e.g. nurses).</summary>
    public IReadOnlyList<Occupation> BySoc(string soc) => bySoc.GetValueOrDefault(soc) ?? [];

    /// <summary>The occupations linked to a NOC unit group: those whose primary NOC it is first, then the others.</summary>
    public IReadOnlyList<Occupation> ByNoc(string noc) => byNoc.GetValueOrDefault(noc) ?? [];

    public CanadianGroup? CanadianGroup(string noc) => groups.GetValueOrDefault(noc);

    public UsWage? UsWage(string soc) => wages.GetValueOrDefault(soc);

    public UsOutlook? UsOutlook(string soc) => outlooks.GetValueOrDefault(soc);

    public IReadOnlyList<OccupationTitle> TitlesOf(string occupationId) => titlesByOccupation.GetValueOrDefault(occupationId) ?? [];
}
