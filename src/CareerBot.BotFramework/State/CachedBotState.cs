using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Storage;

namespace CareerBot.BotFramework.State;

/// <summary>
/// One state document as loaded for a turn, plus the property objects handed out during the turn.
/// Handed-out objects are serialized back at save, so mutating a returned object is saved (as in the SDK).
/// </summary>
internal sealed class CachedBotState
{
    private readonly Dictionary<string, (object? Value, Type Type)> _objects = new(StringComparer.Ordinal);
    private bool _changed;

    public CachedBotState(string? storageKey, JsonObject? document, string? etag)
    {
        StorageKey = storageKey;
        Document = document ?? [];
        ETag = etag;
        IsStored = document is not null;
    }

    /// <summary>Null when the activity has no address to key state by: the state then lives for this turn only.</summary>
    public string? StorageKey { get; }
    public JsonObject Document { get; private set; }
    public string? ETag { get; private set; }

    /// <summary>Whether the document existed in storage when loaded (or has been written since).</summary>
    public bool IsStored { get; private set; }

    public T? Get<T>(string name, Func<T>? defaultValueFactory)
    {
        if (_objects.TryGetValue(name, out var cached))
        {
            if (cached.Value is T typed)
            {
                return typed;
            }

            // Asked for as another type (or set to null): go through JSON like a fresh turn would.
            Flush(name, cached);
            _objects.Remove(name);
        }

        if (TryDeserialize<T>(name, out var value))
        {
            _objects[name] = (value, typeof(T));
            return value;
        }

        if (defaultValueFactory is null)
        {
            return default;
        }

        var created = defaultValueFactory();
        _objects[name] = (created, typeof(T));
        return created;
    }

    public void Set<T>(string name, T value) => _objects[name] = (value, typeof(T));

    public void Delete(string name)
    {
        _objects.Remove(name);
        _changed |= Document.Remove(name);
    }

    public void Clear()
    {
        _objects.Clear();
        _changed |= Document.Count > 0;
        Document = [];
    }

    /// <summary>Serializes the handed-out objects into the document; true if the document differs from storage.</summary>
    public bool FlushChanges()
    {
        foreach (var (name, cached) in _objects)
        {
            Flush(name, cached);
        }

        return _changed;
    }

    /// <summary>The write of this document: conditional on the ETag it was read with, or create-only when never stored.</summary>
    public StoreItem ToStoreItem() => IsStored ? new StoreItem(Document, ETag) : StoreItem.New(Document);

    public void MarkSaved(string etag)
    {
        ETag = etag;
        IsStored = true;
        _changed = false;
    }

    private void Flush(string name, (object? Value, Type Type) cached)
    {
        var node = cached.Value is null ? null : JsonSerializer.SerializeToNode(cached.Value, cached.Type, BotJson.Options);
        if (node is null)
        {
            _changed |= Document.Remove(name);
            return;
        }

        if (!Document.TryGetPropertyValue(name, out var stored) || !JsonNode.DeepEquals(stored, node))
        {
            Document[name] = node;
            _changed = true;
        }
    }

    private bool TryDeserialize<T>(string name, out T? value)
    {
        value = default;
        if (!Document.TryGetPropertyValue(name, out var node) || node is null)
        {
            return false;
        }

        try
        {
            value = node.Deserialize<T>(BotJson.Options);
            return value is not null;
        }
        catch (JsonException)
        {
            // A value stored by an older shape of T: start that property afresh rather than break the
            // conversation on every turn. The stored value is replaced when the property is next saved.
            return false;
        }
    }
}
