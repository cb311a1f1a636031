using Azure.Storage.Blobs;
using CareerBot.BotFramework.Storage;
using CareerBot.BotFramework.Storage.Blob;

namespace CareerBot.BotFramework.Tests.Storage;

/// <summary>The storage contract against Azure Blob Storage, emulated by Azurite; each test gets its own new container.</summary>
public sealed class BlobStorageTests(AzuriteFixture azurite) : StorageContract, IClassFixture<AzuriteFixture>
{
    private readonly string _container = "state-" + Guid.NewGuid().ToString("N");
    private BlobStorage? _storage;

    protected override IStorage Storage => _storage ??= new BlobStorage(azurite.ConnectionString, _container);

    [Fact]
    public async Task The_container_is_created_on_first_use()
    {
        var container = new BlobContainerClient(azurite.ConnectionString, _container);
        Assert.False((await container.ExistsAsync()).Value);

        await WriteAsync("k", Doc("n", 1), etag: null);

        Assert.True((await container.ExistsAsync()).Value);
    }

    [Fact]
    public async Task A_storage_that_cannot_reach_its_service_reports_not_ready()
    {
        var unreachable = new BlobStorage(new BlobContainerClient(
            new Uri("http://127.0.0.1:9/devstoreaccount1/state"),
            new BlobClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(2) } }));

        Assert.False(await unreachable.IsReadyAsync());
    }
}
