namespace CareerBot.Knowledge.Answers;

/// <summary>What CareerBot says to a question, with what it understood and where the facts come from.</summary>
public sealed record Answer(
    string? Career,
    string? Topic,
    string? Region,
    bool Answered,
    double Score,
    string Text,
    IReadOnlyList<SourceReference> Sources,
    IReadOnlyList<string> Suggestions);
