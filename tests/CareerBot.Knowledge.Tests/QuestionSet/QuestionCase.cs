using System.Text.Json.Serialization;

namespace CareerBot.Knowledge.Tests.QuestionSet;

/// <summary>One line of Data/questions.json: a question, its earlier messages, and (in scope) what it is about.</summary>
public sealed record QuestionCase(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("context")] IReadOnlyList<string>? Context,
    [property: JsonPropertyName("career")] string? Career,
    [property: JsonPropertyName("topic")] string? Topic,
    [property: JsonPropertyName("region")] string? Region)
{
    public override string ToString() =>
        Context is { Count: > 0 } ? $"[{string.Join(" | ", Context)}] {Text}" : Text;
}
