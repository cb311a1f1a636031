namespace CareerBot.Knowledge.Files;

/// <summary>What loading a knowledge folder produced: the usable careers, the synonyms and every problem.</summary>
public sealed record KnowledgeLoad(
    string Folder,
    IReadOnlyList<CareerFile> Careers,
    SynonymRules Synonyms,
    IReadOnlyList<KnowledgeProblem> Problems)
{
    public bool HasProblems => Problems.Count > 0;
}
