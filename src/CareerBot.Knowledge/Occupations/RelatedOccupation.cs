namespace CareerBot.Knowledge.Occupations;

/// <summary>A related occupation in O*NET's order within its tier.</summary>
public readonly record struct RelatedOccupation(string Id, RelatedTier Tier);
