using System.Text.Json.Serialization;
using CareerBot.Knowledge.Answers;
using CareerBot.Understanding.Interpreting;

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
    [property: JsonPropertyName("suggestions")] IReadOnlyList<string> Suggestions,
    [property: JsonPropertyName("intent")] string Intent,
    [property: JsonPropertyName("confidence")] double Confidence)
{
    public static AskJsonLine From(Answer answer, Interpretation meaning)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(meaning);
        return new(answer.Career, answer.Topic, answer.Region, answer.Answered, answer.Score, answer.Text,
            answer.Sources.Select(s => new AskJsonSource(s.Title, s.Url, s.Year)).ToArray(), answer.Suggestions,
            IntentLabels.Label(meaning.Intent), Math.Round(meaning.Confidence, 3));
    }
}
