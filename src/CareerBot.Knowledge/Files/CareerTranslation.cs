namespace CareerBot.Knowledge.Files;

/// <summary>A career file in another language (knowledge/careers/{language}/{id}.md): the title, the fit-check traits
/// and the sections in that language. Figures, sources and names stay in the English file, which it translates.</summary>
public sealed record CareerTranslation(
    string Path, string Language, string Id, string Title, IReadOnlyList<FitTrait> Fit, IReadOnlyList<CareerSection> Sections)
{
    public CareerSection? Section(string topic) =>
        Sections.FirstOrDefault(s => string.Equals(s.Topic, topic, StringComparison.Ordinal));
}
