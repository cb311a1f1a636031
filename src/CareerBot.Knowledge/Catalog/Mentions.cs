namespace CareerBot.Knowledge.Catalog;

/// <summary>
/// What a message names, found by exact, typo-tolerant matching of names: covered careers (in the order named), a region,
/// an occupation with no career file, and the message's words in canonical form with each of those names replaced by a
/// placeholder (<see cref="CareerWord"/>, <see cref="RegionWord"/>, <see cref="OccupationWord"/>), so that what a
/// learned model reads is how the student asks, not which career they ask about.
/// </summary>
public sealed record Mentions(
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Careers,
    string? Region,
    string? Occupation)
{
    /// <summary>When the first career was named by words that name others just as well ("engineer", "nurse"): all of
    /// them, likeliest first, the first being <see cref="Careers"/>[0]. Empty when the name was clear.</summary>
    public IReadOnlyList<string> Ambiguous { get; init; } = [];

    public const string CareerWord = "qcareer";
    public const string RegionWord = "qregion";
    public const string OccupationWord = "qjob";

    public static Mentions None { get; } = new([], [], null, null);
}
