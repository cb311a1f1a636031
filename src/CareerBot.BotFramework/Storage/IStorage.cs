namespace CareerBot.BotFramework.Storage;

/// <summary>
/// Key/value store for bot state. Values are JSON objects; each has an ETag.
/// A write whose ETag does not match the stored one fails with <see cref="StorageConflictException"/>;
/// a write without an ETag (or with "*") always wins.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the keys that exist; missing keys are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>Writes all changes; returns the new ETag of each key.</summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
