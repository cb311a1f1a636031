using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Catalog;

/// <summary>What the fit check and welcome need about one career; step and education texts are plain text.</summary>
public sealed record CareerProfile(
    string Id,
    string Title,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<FitTrait> Fit,
    IReadOnlyList<string> Related,
    string Steps,
    string Education)
{
    /// <summary>The SOC 2018 code of the occupation, when known.</summary>
    public string? Soc { get; init; }

    /// <summary>The NOC 2021 code of the occupation, when known.</summary>
    public string? Noc { get; init; }

    /// <summary>True for an occupation of the official catalogue, false for a hand-written guide.</summary>
    public bool FromCatalogue { get; init; }

    /// <summary>The education section as a few short items (its opening sentence, then one line per bullet).</summary>
    public IReadOnlyList<string> EducationPath { get; init; } = [];

    /// <summary>The title and fit check in other languages, by language code ("fr").</summary>
    public IReadOnlyDictionary<string, TranslatedProfile> Translations { get; init; } = new Dictionary<string, TranslatedProfile>();

    /// <summary>The title, traits and result lines in <paramref name="language"/> when the career has them; English otherwise.</summary>
    public TranslatedProfile In(string? language) =>
        language is not null && Translations.TryGetValue(language, out var translated)
            ? translated
            : new TranslatedProfile(Title, Fit) { Steps = Steps, EducationPath = EducationPath, SimilarReasons = SimilarReasons };

    /// <summary>Why each similar career is similar, by its title, from the file's "Similar careers" list.</summary>
    public IReadOnlyDictionary<string, string> SimilarReasons { get; init; } = new Dictionary<string, string>();
}
