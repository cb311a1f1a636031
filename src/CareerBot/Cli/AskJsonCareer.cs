using System.Text.Json.Serialization;
using CareerBot.Knowledge.Answers;

namespace CareerBot.Cli;

/// <summary>One career of a list in <c>ask --json</c> output (a "which one?", a comparison): id, title and codes.</summary>
internal sealed record AskJsonCareer(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("soc")] string? Soc,
    [property: JsonPropertyName("noc")] string? Noc)
{
    public static AskJsonCareer From(CareerRef career)
    {
        ArgumentNullException.ThrowIfNull(career);
        return new(career.Id, career.Title, career.Soc, career.Noc);
    }
}
