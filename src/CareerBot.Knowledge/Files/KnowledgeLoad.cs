using CareerBot.Knowledge.Matching;

namespace CareerBot.Knowledge.Files;

/// <summary>What loading a knowledge folder produced: the usable careers, the synonyms, the name lists and every problem.</summary>
public sealed record KnowledgeLoad(
    string Folder,
    IReadOnlyList<CareerFile> Careers,
    SynonymRules Synonyms,
    IReadOnlyList<KnowledgeProblem> Problems)
{
    /// <summary>Places, uncovered jobs, shortenings and title words from <c>language/*/names/</c>.</summary>
    internal NameLists Names { get; init; } = NameLists.Empty;

    /// <summary>The problems no page can be written around: a broken or missing catalogue file. They stop start-up, and a
    /// running server keeps its last good catalogue rather than load one with them.</summary>
    public IReadOnlyList<KnowledgeProblem> Blocking { get; init; } = [];

    public bool HasProblems => Problems.Count > 0;
}
