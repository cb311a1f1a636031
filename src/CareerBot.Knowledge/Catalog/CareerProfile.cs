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
    /// <summary>The education section as a few short items (its opening sentence, then one line per bullet).</summary>
    public IReadOnlyList<string> EducationPath { get; init; } = [];

    /// <summary>Why each similar career is similar, by its title, from the file's "Similar careers" list.</summary>
    public IReadOnlyDictionary<string, string> SimilarReasons { get; init; } = new Dictionary<string, string>();
}
