using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace CareerBot.BotFramework.Storage.Blob;

/// <summary>
/// Bot state as one JSON blob per key in an Azure Blob Storage container (created if missing).
/// Concurrency uses the blob's own ETag: If-Match for updates, If-None-Match: * for new items.
/// A write of several keys (a turn's conversation and user state) is one unit: see <see cref="WriteTogetherAsync"/>.
/// </summary>
public sealed class BlobStorage : IStorage
{
    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json" };

    // The shortest lease Blob Storage grants; released at once after the write, so it only matters if a host dies mid-write.
    private static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(15);

    private readonly BlobContainerClient _container;
    private readonly Lock _createLock = new();
    private Task? _created;

    public BlobStorage(string connectionString, string containerName)
        : this(new BlobContainerClient(
            connectionString ?? throw new ArgumentNullException(nameof(connectionString)),
            containerName ?? throw new ArgumentNullException(nameof(containerName))))
    {
    }

    public BlobStorage(BlobContainerClient container)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await EnsureContainerAsync(cancellationToken);
        var reads = keys.Distinct(StringComparer.Ordinal).Select(key => ReadOneAsync(key, cancellationToken)).ToList();
        var items = await Task.WhenAll(reads);
        return items.Where(i => i.Item is not null).ToDictionary(i => i.Key, i => i.Item!, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await EnsureContainerAsync(cancellationToken);
        if (changes.Count > 1)
        {
            return await WriteTogetherAsync(changes, cancellationToken);
        }

        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        foreach (var (key, item) in changes)
        {
            etags[key] = await WriteOneAsync(key, item, null, cancellationToken);
        }

        return etags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await EnsureContainerAsync(cancellationToken);
        foreach (var key in keys)
        {
            await _container.GetBlobClient(BlobNames.FromKey(key)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
    }

    public async Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        await EnsureContainerAsync(cancellationToken);
        var keys = new List<string>();
        var namePrefix = prefix.Length == 0 ? null : BlobNames.FromKey(prefix);
        await foreach (var blob in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, namePrefix, cancellationToken))
        {
            // A hashed (very long) name cannot be turned back into its key; such keys are never listed.
            if (BlobNames.ToKey(blob.Name) is { } key && key.StartsWith(prefix, StringComparison.Ordinal))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await EnsureContainerAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<(string Key, StoreItem? Item)> ReadOneAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _container.GetBlobClient(BlobNames.FromKey(key)).DownloadContentAsync(cancellationToken);
            var document = StorageJson.ParseDocument(response.Value.Content);
            return (key, new StoreItem(document, response.Value.Details.ETag.ToString()));
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (key, null);
        }
    }

    /// <summary>
    /// Several keys written as one unit, as Blob Storage has no transaction: every existing blob is first leased on the
    /// ETag it was read with (in key order, so two writers never wait on each other in a circle), then new blobs are
    /// created, and only then are the leased blobs written. A race lost anywhere deletes what was created and releases
    /// the leases before the conflict is reported, so the turn is run again on either all of its state or none.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, string>> WriteTogetherAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        var ordered = changes.OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        var leases = new Dictionary<string, BlobLeaseClient>(StringComparer.Ordinal);
        var created = new List<(string Key, string ETag)>();
        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        try
        {
            foreach (var (key, item) in ordered.Where(c => c.Value.Condition != WriteCondition.IfAbsent))
            {
                var lease = _container.GetBlobClient(BlobNames.FromKey(key)).GetBlobLeaseClient();
                try
                {
                    var expected = item.Condition == WriteCondition.IfMatch ? new RequestConditions { IfMatch = new ETag(item.ETag!) } : null;
                    await lease.AcquireAsync(LeaseTime, expected, cancellationToken);
                    leases[key] = lease;
                }
                catch (RequestFailedException ex) when (ex.Status == 404 && item.Condition == WriteCondition.Always)
                {
                    // Nothing stored yet under a last-writer-wins key: it is written without a lease.
                }
                catch (RequestFailedException ex) when (IsLostRace(ex) || ex.Status == 409)
                {
                    throw new StorageConflictException(key);
                }
            }

            foreach (var (key, item) in ordered.Where(c => c.Value.Condition == WriteCondition.IfAbsent))
            {
                var etag = await WriteOneAsync(key, item, null, cancellationToken);
                created.Add((key, etag));
                etags[key] = etag;
            }

            foreach (var (key, item) in ordered.Where(c => c.Value.Condition != WriteCondition.IfAbsent))
            {
                etags[key] = await WriteOneAsync(key, item, leases.GetValueOrDefault(key)?.LeaseId, cancellationToken);
            }

            created.Clear();
            return etags;
        }
        finally
        {
            foreach (var (key, etag) in created)
            {
                await IgnoringFailureAsync(() => _container.GetBlobClient(BlobNames.FromKey(key))
                    .DeleteIfExistsAsync(conditions: new BlobRequestConditions { IfMatch = new ETag(etag) }));
            }

            foreach (var lease in leases.Values)
            {
                await IgnoringFailureAsync(() => lease.ReleaseAsync());
            }
        }
    }

    /// <summary>Clean-up after a write: a lease left behind expires by itself within <see cref="LeaseTime"/>.</summary>
    private static async Task IgnoringFailureAsync<T>(Func<Task<T>> work)
    {
        try
        {
            await work();
        }
        catch (RequestFailedException)
        {
        }
    }

    private async Task<string> WriteOneAsync(string key, StoreItem item, string? leaseId, CancellationToken cancellationToken)
    {
        var conditions = item.Condition switch
        {
            WriteCondition.IfMatch => new BlobRequestConditions { IfMatch = new ETag(item.ETag!), LeaseId = leaseId },
            WriteCondition.IfAbsent => new BlobRequestConditions { IfNoneMatch = ETag.All },
            _ => leaseId is null ? null : new BlobRequestConditions { LeaseId = leaseId },
        };
        var options = new BlobUploadOptions { Conditions = conditions, HttpHeaders = JsonHeaders };
        try
        {
            var content = BinaryData.FromBytes(StorageJson.SerializeToUtf8(item));
            var response = await _container.GetBlobClient(BlobNames.FromKey(key)).UploadAsync(content, options, cancellationToken);
            return response.Value.ETag.ToString();
        }
        catch (RequestFailedException ex) when (IsLostRace(ex))
        {
            throw new StorageConflictException(key);
        }
    }

    // 412: the ETag no longer matches; 409: created meanwhile; 404: deleted since it was read.
    private static bool IsLostRace(RequestFailedException ex) =>
        ex.ErrorCode == BlobErrorCode.ConditionNotMet
        || ex.ErrorCode == BlobErrorCode.BlobAlreadyExists
        || ex.ErrorCode == BlobErrorCode.BlobNotFound
        || ex.Status == 412;

    /// <summary>Creates the container once; a failed attempt is retried by the next call.</summary>
    private Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        lock (_createLock)
        {
            if (_created is null || _created.IsFaulted || _created.IsCanceled)
            {
                _created = _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            }

            return _created;
        }
    }
}
