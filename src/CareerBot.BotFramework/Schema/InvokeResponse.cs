using System.Text.Json;

namespace CareerBot.BotFramework.Schema;

/// <summary>The HTTP status and body returned for an invoke activity.</summary>
public sealed class InvokeResponse
{
    public int Status { get; set; }
    public JsonElement? Body { get; set; }
}
