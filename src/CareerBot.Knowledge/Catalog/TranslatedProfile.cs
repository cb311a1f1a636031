using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Catalog;

/// <summary>
/// A career's title, fit-check traits and the fit result's lines in one language, the traits in the English file's
/// order and weights.
/// </summary>
public sealed record TranslatedProfile(string Title, IReadOnlyList<FitTrait> Fit)
{
    /// <summary>The steps section as plain text.</summary>
    public string Steps { get; init; } = string.Empty;

    /// <summary>The education section as a few short items (its opening sentence, then one line per bullet).</summary>
    public IReadOnlyList<string> EducationPath { get; init; } = [];

    /// <summary>Why each similar career is similar, by its title in this language.</summary>
    public IReadOnlyDictionary<string, string> SimilarReasons { get; init; } = new Dictionary<string, string>();
}
