namespace CareerBot.Knowledge.Index;

/// <summary>One ranked career section from a search.</summary>
internal sealed record SectionHit(string Career, string Topic, float Score);
