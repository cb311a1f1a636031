using System.Text.Json.Nodes;

namespace CareerBot.BotFramework.Storage;

/// <summary>
/// In-process storage for tests and single-instance experiments; lost when the process ends.
/// Documents are kept as JSON text so that callers never share a live object with the store.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, (string Json, string ETag)> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _lastETag;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new List<(string Key, string Json, string ETag)>(keys.Count);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    found.Add((key, item.Json, item.ETag));
                }
            }
        }

        // Parse outside the lock: other turns need not wait for it.
        var result = new Dictionary<string, StoreItem>(found.Count, StringComparer.Ordinal);
        foreach (var (key, json, etag) in found)
        {
            result[key] = new StoreItem(StorageJson.ParseDocument(json), etag);
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(result);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var serialized = changes.Select(c => (c.Key, Item: c.Value, Json: StorageJson.Serialize(c.Value))).ToList();
        var etags = new Dictionary<string, string>(serialized.Count, StringComparer.Ordinal);
        lock (_lock)
        {
            // Check every condition before changing anything, so a conflict leaves the store as it was.
            foreach (var (key, item, _) in serialized)
            {
                var exists = _items.TryGetValue(key, out var stored);
                var accepted = item.Condition switch
                {
                    WriteCondition.IfAbsent => !exists,
                    WriteCondition.IfMatch => exists && stored.ETag == item.ETag,
                    _ => true,
                };
                if (!accepted)
                {
                    throw new StorageConflictException(key);
                }
            }

            foreach (var (key, _, json) in serialized)
            {
                var etag = (++_lastETag).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _items[key] = (json, etag);
                etags[key] = etag;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<string>>(_items.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList());
        }
    }

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);
}
