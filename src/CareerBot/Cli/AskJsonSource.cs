using System.Text.Json.Serialization;

namespace CareerBot.Cli;

/// <summary>A cited source in <c>ask --json</c> output; url and year are null when the source has none.</summary>
internal sealed record AskJsonSource(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("year")] string? Year);
