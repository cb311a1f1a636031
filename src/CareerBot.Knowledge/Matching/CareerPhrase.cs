namespace CareerBot.Knowledge.Matching;

/// <summary>A way of naming a career, in canonical words; derived phrases (parts of titles) weigh less.</summary>
internal sealed record CareerPhrase(string CareerId, string[] Words, double Weight)
{
    /// <summary>The words joined; computed once, since building the phrases of every job title groups by it often.</summary>
    public string Key { get; } = string.Join(' ', Words);
}
