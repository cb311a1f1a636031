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

    /// <summary>Job titles from the official catalogue (English and French) that name this career less surely than its
    /// own title and aliases: one of them may name several careers, and then the student is asked which one.</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];

    /// <summary>The O*NET-SOC code of the catalogue occupation this career is (or that a guide stands for), when known.</summary>
    public string? OnetSoc { get; init; }

    /// <summary>Which of several careers a shared title most likely means: hand-written guides first, then the
    /// occupations with the most workers (smaller is likelier).</summary>
    public int Rank { get; init; }

    /// <summary>How many people hold the job (US, BLS OEWS May 2024); 0 when unknown. A name shared by several
    /// careers means the one employing at least twice as many as any other; with no such one, the student is asked.</summary>
    public long Workers { get; init; }

    /// <summary>True for a page written from the official catalogue's facts, false for a hand-written guide.</summary>
    public bool FromCatalogue { get; init; }

    /// <summary>The career in <paramref name="language"/> ("fr"), or null when it has no translation there.</summary>
    public CareerTranslation? TranslationIn(string? language) =>
        language is not null && Translations.TryGetValue(language, out var translation) ? translation : null;

    /// <summary>The career's title in <paramref name="language"/>, the English one where it has none.</summary>
    public string TitleIn(string? language) => TranslationIn(language)?.Title ?? Title;

    public CareerSection? Section(string topic) =>
        Sections.FirstOrDefault(s => string.Equals(s.Topic, topic, StringComparison.Ordinal));

    public CareerSource? Source(string id) =>
        Sources.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
}
