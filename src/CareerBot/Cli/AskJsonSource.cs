using System.Text.Json.Serialization;
using CareerBot.Knowledge.Answers;

namespace CareerBot.Cli;

/// <summary>A cited source in <c>ask --json</c> output; url and year are null when the source has none.</summary>
internal sealed record AskJsonSource(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("year")] string? Year)
{
    public static AskJsonSource From(SourceReference source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new(source.Title, source.Url, source.Year);
    }
}
