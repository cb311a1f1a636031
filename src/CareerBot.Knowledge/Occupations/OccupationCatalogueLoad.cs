using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Occupations;

/// <summary>What loading the catalogue folder produced: the usable rows and every problem as <c>file:line: problem</c>.</summary>
public sealed record OccupationCatalogueLoad(OccupationCatalogue Catalogue, IReadOnlyList<KnowledgeProblem> Problems)
{
    public bool HasProblems => Problems.Count > 0;
}
