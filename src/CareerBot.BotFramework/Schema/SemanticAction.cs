using System.Text.Json;

namespace CareerBot.BotFramework.Schema;

public sealed class SemanticAction
{
    public string? Id { get; set; }
    public string? State { get; set; }
    public Dictionary<string, JsonElement>? Entities { get; set; }
}
