using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace CareerBot.BotFramework.Storage.Blob;

/// <summary>
/// Bot state as one JSON blob per key in an Azure Blob Storage container (created if missing).
/// Concurrency uses the blob's own ETag: If-Match for updates, If-None-Match: * for new items.
/// A write of several keys is not atomic across keys: each blob is its own unit.
/// </summary>
public sealed class BlobStorage : IStorage
{
    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json" };

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
        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        foreach (var (key, item) in changes)
        {
            etags[key] = await WriteOneAsync(key, item, cancellationToken);
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

    private async Task<string> WriteOneAsync(string key, StoreItem item, CancellationToken cancellationToken)
    {
        var conditions = item.Condition switch
        {
            WriteCondition.IfMatch => new BlobRequestConditions { IfMatch = new ETag(item.ETag!) },
            WriteCondition.IfAbsent => new BlobRequestConditions { IfNoneMatch = ETag.All },
            _ => null,
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
