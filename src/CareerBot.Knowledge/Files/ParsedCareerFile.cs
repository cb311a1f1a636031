namespace CareerBot.Knowledge.Files;

/// <summary>The outcome of parsing one file: the career when it is usable, and every problem found.</summary>
public sealed record ParsedCareerFile(string Path, string? Id, int IdLine, CareerFile? Career, IReadOnlyList<KnowledgeProblem> Problems)
{
    /// <summary>A file with any problem is broken: it is reported and kept out of the index.</summary>
    public bool IsGood => Career is not null && Problems.Count == 0;

    /// <summary>Related career ids with the line each is named on, for the folder-level check.</summary>
    public IReadOnlyList<(string Id, int Line)> RelatedLines { get; init; } = [];

    /// <summary>The title and aliases with their lines, for the check that no two careers share a name.</summary>
    public IReadOnlyList<(string Name, int Line)> NameLines { get; init; } = [];
}
