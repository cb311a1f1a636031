using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema;

public sealed class SuggestedActions
{
    /// <summary>Ids of the recipients the actions are shown to; empty means everyone.</summary>
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
