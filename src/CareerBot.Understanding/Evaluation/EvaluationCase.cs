namespace CareerBot.Understanding.Evaluation;

/// <summary>
/// One labelled message of an evaluation set: what it should mean, given the student's earlier messages.
/// <see cref="Career"/> is null when no covered career is meant; <see cref="Careers"/> is set for comparisons.
/// </summary>
public sealed record EvaluationCase(
    string Text,
    string Language,
    string Intent,
    string? Topic,
    string? Career,
    IReadOnlyList<string> Careers,
    string? Region,
    string? Occupation,
    int? Rating,
    IReadOnlyList<string> Context,
    string File,
    int Line)
{
    /// <summary>The SOC 2018 code of the occupation meant ("29-1141"), for sets about any occupation.</summary>
    public string? Soc { get; init; }
}
