using System.Text.Json.Nodes;

namespace CareerBot.BotFramework.Storage;

/// <summary>A stored JSON document and the ETag it was read with (null for a new item).</summary>
public sealed record StoreItem(JsonObject Document, string? ETag)
{
    /// <summary>The ETag that makes a write unconditional: the last writer wins.</summary>
    public const string AnyETag = "*";

    /// <summary>
    /// Write only if nothing is stored under the key yet (If-None-Match: *). Two turns that both found
    /// a new conversation absent cannot both create it; the second gets a <see cref="StorageConflictException"/>.
    /// </summary>
    public bool CreateOnly { get; init; }

    /// <summary>An item for a key that was absent when read: created only if still absent when written.</summary>
    public static StoreItem New(JsonObject document) => new(document, null) { CreateOnly = true };

    /// <summary>How a storage must treat this write.</summary>
    internal WriteCondition Condition =>
        CreateOnly ? WriteCondition.IfAbsent
        : ETag is null or AnyETag ? WriteCondition.Always
        : WriteCondition.IfMatch;
}
