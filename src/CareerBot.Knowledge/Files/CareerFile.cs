namespace CareerBot.Knowledge.Files;

/// <summary>A parsed career file: front matter plus its sections in file order.</summary>
public sealed record CareerFile(
    string Path,
    string Id,
    string Title,
    IReadOnlyList<string> Aliases,
    string? Noc,
    string? Soc,
    IReadOnlyList<string> Related,
    IReadOnlyList<SalaryRow> Salary,
    IReadOnlyList<FitTrait> Fit,
    IReadOnlyList<CareerSource> Sources,
    IReadOnlyList<CareerSection> Sections)
{
    /// <summary>The same career in other languages, by language code ("fr"); figures and sources stay here.</summary>
    public IReadOnlyDictionary<string, CareerTranslation> Translations { get; init; } = new Dictionary<string, CareerTranslation>();

    public CareerSection? Section(string topic) =>
        Sections.FirstOrDefault(s => string.Equals(s.Topic, topic, StringComparison.Ordinal));

    public CareerSource? Source(string id) =>
        Sources.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
}
