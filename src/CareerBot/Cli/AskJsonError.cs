using System.Text.Json.Serialization;

namespace CareerBot.Cli;

/// <summary>The <c>ask --json</c> reply to an input line that is not a question: it keeps the output in step with the input.</summary>
internal sealed record AskJsonError(
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("answered")] bool Answered = false);
