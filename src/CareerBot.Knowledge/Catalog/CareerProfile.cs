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
    string Education);
