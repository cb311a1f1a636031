using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerBot.BotFramework.Storage;

/// <summary>How every storage turns documents into text and back.</summary>
internal static class StorageJson
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };

    public static string Serialize(StoreItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(item.Document);
        return item.Document.ToJsonString();
    }

    public static byte[] SerializeToUtf8(StoreItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(item.Document);
        return JsonSerializer.SerializeToUtf8Bytes(item.Document);
    }

    /// <summary>Parses a stored document; a stored value that is not a JSON object is a corrupt store.</summary>
    public static JsonObject ParseDocument(string json) =>
        JsonNode.Parse(json, NodeOptions, DocumentOptions) as JsonObject
        ?? throw new InvalidDataException("A stored state document is not a JSON object.");

    public static JsonObject ParseDocument(BinaryData utf8) =>
        JsonNode.Parse(utf8.ToMemory().Span, NodeOptions, DocumentOptions) as JsonObject
        ?? throw new InvalidDataException("A stored state document is not a JSON object.");
}
