using System.Text.Json.Serialization;

namespace CareerBot.DirectLine.Api;

/// <summary>The inside of a <see cref="DirectLineError"/>: a machine-readable code and a sentence for people.</summary>
public sealed record DirectLineErrorDetail(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
