namespace CareerBot.Knowledge.Occupations;

/// <summary>An O*NET content element named in the catalogue (skill, knowledge, work style, interest): O*NET's label,
/// kept for reference; the product shows its own labels keyed by <see cref="ElementId"/>.</summary>
public sealed record CatalogueElement(string ElementId, string Kind, string Name);
