namespace CareerBot.BotFramework.Storage;

/// <summary>
/// Key/value store for bot state. Values are JSON objects; each has an ETag.
/// A write whose ETag does not match the stored one (or whose item was deleted since it was read) fails with
/// <see cref="StorageConflictException"/>; a write without an ETag (or with "*") always wins;
/// a <see cref="StoreItem.CreateOnly"/> write fails if the key already exists.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the keys that exist; missing keys are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>Writes all changes; returns the new ETag of each key.</summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>The stored keys that start with <paramref name="prefix"/> (ordinal), in no particular order.</summary>
    /// <remarks>For start-up and housekeeping (finding what to load or expire), not for a turn's hot path.</remarks>
    Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>True when the store can be read and written (for the host's readiness probe); never throws.</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);
}
