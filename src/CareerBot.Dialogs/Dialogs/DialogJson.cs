using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Dialogs;

/// <summary>Turns options and results into plain JSON for the stack, and back into typed values.</summary>
public static class DialogJson
{
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        JsonElement element => JsonNode.Parse(element.GetRawText()),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), BotJson.Options),
    };

    public static T? FromNode<T>(JsonNode? node)
    {
        if (node is null)
        {
            return default;
        }

        try
        {
            return node.Deserialize<T>(BotJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            // A value of another shape (e.g. from an older version of a dialog) reads as absent rather than crashing the turn.
            return default;
        }
    }
}
