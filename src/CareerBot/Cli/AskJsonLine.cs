using System.Text.Json.Serialization;
using CareerBot.Knowledge.Answers;

namespace CareerBot.Cli;

/// <summary>One line of <c>ask --json</c> output, in the field order the issue fixes.</summary>
internal sealed record AskJsonLine(
    [property: JsonPropertyName("career")] string? Career,
    [property: JsonPropertyName("topic")] string? Topic,
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("sources")] IReadOnlyList<AskJsonSource> Sources,
    [property: JsonPropertyName("suggestions")] IReadOnlyList<string> Suggestions)
{
    public static AskJsonLine From(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new(answer.Career, answer.Topic, answer.Region, answer.Answered, answer.Score, answer.Text,
            answer.Sources.Select(s => new AskJsonSource(s.Title, s.Url, s.Year)).ToArray(), answer.Suggestions);
    }
}
