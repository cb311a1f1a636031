namespace CareerBot.Knowledge.Files;

/// <summary>A career file in another language (knowledge/careers/{language}/{id}.md): the title, the fit-check traits
/// and the sections in that language. Figures, sources and names stay in the English file, which it translates.</summary>
public sealed record CareerTranslation(
    string Path, string Language, string Id, string Title, IReadOnlyList<FitTrait> Fit, IReadOnlyList<CareerSection> Sections)
{
    /// <summary>The official occupation groups of the English file's salary rows, named in this language.</summary>
    public IReadOnlyDictionary<string, string> Groups { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The line of <c>groups:</c> in the file, for problem reports (2 when it has none).</summary>
    public int GroupsLine { get; init; } = 2;

    /// <summary>The group's name in this language, or the English name the rows give when the file has none.</summary>
    public string GroupName(string group) => Groups.TryGetValue(group, out var name) ? name : group;

    public CareerSection? Section(string topic) =>
        Sections.FirstOrDefault(s => string.Equals(s.Topic, topic, StringComparison.Ordinal));
}
