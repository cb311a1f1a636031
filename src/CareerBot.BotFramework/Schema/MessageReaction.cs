using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema;

public sealed class MessageReaction
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
