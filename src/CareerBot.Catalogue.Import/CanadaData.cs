namespace CareerBot.Catalogue.Import;

/// <summary>NOC 2021 / CNP 2021 unit groups, their example titles and the NOC ↔ O*NET-SOC crosswalk.</summary>
internal sealed class CanadaData
{
    public SortedDictionary<string, (string TitleEn, string TitleFr, string Teer)> Units { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<string>> ExamplesEn { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<string>> ExamplesFr { get; } = new(StringComparer.Ordinal);

    /// <summary>NOC code → O*NET-SOC codes, from the B.C. crosswalk.</summary>
    public Dictionary<string, List<string>> OnetByNoc { get; } = new(StringComparer.Ordinal);

    /// <summary>O*NET-SOC code → NOC codes, from the B.C. crosswalk.</summary>
    public Dictionary<string, List<string>> NocByOnet { get; } = new(StringComparer.Ordinal);
}
