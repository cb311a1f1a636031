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

    /// <summary>When no career is named but a job noun is ("engineers", "technician"): the careers it could mean,
    /// likeliest first. Understanding offers them only when the conversation has no career to fall back on.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>Other careers the name of the first one also fits, when that one is by far the likeliest: answered,
    /// with these offered beside the answer.</summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];

    /// <summary>The career named most strongly (longest, surest name): what a question is about when it names several.</summary>
    public string? Primary { get; init; }

    public const string CareerWord = "qcareer";
    public const string RegionWord = "qregion";
    public const string OccupationWord = "qjob";

    public static Mentions None { get; } = new([], [], null, null);
}
