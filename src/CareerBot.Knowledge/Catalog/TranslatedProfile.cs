using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Catalog;

/// <summary>A career's title and fit-check traits in another language, the traits in the English file's order and weights.</summary>
public sealed record TranslatedProfile(string Title, IReadOnlyList<FitTrait> Fit);
