using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema;

public sealed class SemanticAction
{
    public string? Id { get; set; }
    public string? State { get; set; }
    public Dictionary<string, JsonElement>? Entities { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
