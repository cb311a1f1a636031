using CareerBot.BotFramework.Storage;

namespace CareerBot.BotFramework.Tests.State;

/// <summary>Counts the calls that reach an inner storage, to show how often a turn touches the store.</summary>
public sealed class CountingStorage(IStorage inner) : IStorage
{
    private int _reads;
    private int _writes;
    private int _deletes;

    public int Reads => _reads;
    public int Writes => _writes;
    public int Deletes => _deletes;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        return inner.ReadAsync(keys, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _writes);
        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _deletes);
        return inner.DeleteAsync(keys, cancellationToken);
    }

    public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken = default) =>
        inner.ListKeysAsync(prefix, cancellationToken);
}
