using System.Text.Json.Serialization;

namespace CareerBot.Cli;

/// <summary>A body block in <c>ask --json</c> output: paragraph, steps, bullets or note, and its lines.</summary>
internal sealed record AskJsonBlock(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("lines")] IReadOnlyList<string> Lines);
