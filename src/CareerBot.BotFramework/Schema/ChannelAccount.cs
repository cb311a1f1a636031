using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.BotFramework.Schema;

public sealed class ChannelAccount
{
    public ChannelAccount() { }
    public ChannelAccount(string? id, string? name = null, string? role = null) { Id = id; Name = name; Role = role; }

    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
