using System.Text.Json.Nodes;

namespace CareerBot.BotFramework.Storage;

/// <summary>A stored JSON document and the ETag it was read with (null for a new item).</summary>
public sealed record StoreItem(JsonObject Document, string? ETag);
