namespace CareerBot.Catalogue.Import;

/// <summary>What the importer takes from O*NET 29.3, keyed by O*NET-SOC code. Only facts: no description, task or
/// DWA/IWA text is kept (tasks are read for their type and their links only).</summary>
internal sealed class OnetData
{
    public Dictionary<string, string> Titles { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> JobZones { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, double[]> Interests { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, SortedDictionary<int, double>> Education { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<(string Code, string Tier, int Index)>> Related { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<(string Id, double Score)>> Skills { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<(string Id, double Score)>> Knowledge { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<(string Id, double Score)>> WorkStyles { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<(string Id, double Score)>> Activities { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<(string Name, bool Hot, bool InDemand)>> Technologies { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<(string Title, string Short)>> Alternates { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<string>> Reported { get; } = new(StringComparer.Ordinal);

    /// <summary>Element id → (kind, O*NET name) for skills, knowledge, work styles and interests.</summary>
    public SortedDictionary<string, (string Kind, string Name)> Elements { get; } = new(StringComparer.Ordinal);
}
