using System.Text.Json.Nodes;

namespace CareerBot.BotFramework.Storage;

/// <summary>A read-change-write of one document that several hosts may change at once.</summary>
public static class StorageUpdates
{
    public const int MaxAttempts = 20;

    /// <summary>
    /// Reads <paramref name="key"/>, applies <paramref name="change"/> (to null when the key is absent) and writes the
    /// result under the ETag it read (or only if still absent); another writer getting there first makes it read again,
    /// after a short random wait. Returns what was written, or null when <paramref name="change"/> returned null
    /// (nothing is written then).
    /// </summary>
    public static async Task<JsonObject?> UpdateAsync(
        this IStorage storage, string key, Func<JsonObject?, JsonObject?> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var read = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
            var item = read.GetValueOrDefault(key);
            if (change(item?.Document) is not { } changed)
            {
                return null;
            }

            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem>
                {
                    [key] = item is null ? StoreItem.New(changed) : new StoreItem(changed, item.ETag),
                }, cancellationToken).ConfigureAwait(false);
                return changed;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(5, 15 * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
