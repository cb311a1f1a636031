using CareerBot.Knowledge.Files;

namespace CareerBot.Understanding.Corpus;

/// <summary>Every labelled example of every language, the labels they may use, and what was wrong in the files.</summary>
public sealed record ExampleCorpus(LabelSet Labels, IReadOnlyList<Example> Examples, IReadOnlyList<KnowledgeProblem> Problems)
{
    public IReadOnlyList<string> Languages => [.. Examples.Select(e => e.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
