using CareerBot.BotFramework.Storage;
using CareerBot.BotFramework.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CareerBot.BotFramework.Tests.Storage;

public sealed class SqliteStorageTests : StorageContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteStorage _storage;

    public SqliteStorageTests() => _storage = new SqliteStorage(_folder.File("data/careerbot.db"));

    protected override IStorage Storage => _storage;

    [Fact]
    public async Task The_database_file_and_its_folder_are_created_on_first_use_in_wal_mode()
    {
        Assert.False(Directory.Exists(_folder.File("data")));

        await WriteAsync("k", Doc("n", 1), etag: null);

        Assert.True(File.Exists(_folder.File("data/careerbot.db")));
        using var connection = new SqliteConnection($"Data Source={_folder.File("data/careerbot.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)command.ExecuteScalar());
    }

    [Fact]
    public async Task A_second_storage_over_the_same_file_sees_the_first_ones_writes_and_etags()
    {
        var etag = (await WriteAsync("k", Doc("n", 1), etag: null))["k"];
        using var other = new SqliteStorage(_storage.FilePath);

        var item = (await other.ReadAsync(["k"]))["k"];
        await other.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new StoreItem(Doc("n", 2), item.ETag) });

        Assert.Equal(etag, item.ETag);
        await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync("k", Doc("n", 3), etag));
        Assert.Equal(2, (int?)(await ReadAsync("k"))!.Document["n"]);
    }

    [Fact]
    public async Task A_multi_key_write_with_one_conflict_changes_none_of_the_keys()
    {
        var stale = (await WriteAsync("a", Doc("n", 1), etag: null))["a"];
        await WriteAsync("a", Doc("n", 2), stale);

        var changes = new Dictionary<string, StoreItem>
        {
            ["b"] = new StoreItem(Doc("n", 10), null),
            ["a"] = new StoreItem(Doc("n", 11), stale),
        };
        await Assert.ThrowsAsync<StorageConflictException>(() => _storage.WriteAsync(changes));

        Assert.Null(await ReadAsync("b"));
        Assert.Equal(2, (int?)(await ReadAsync("a"))!.Document["n"]);
    }

    [Fact]
    public async Task A_storage_whose_file_cannot_be_created_reports_not_ready()
    {
        await File.WriteAllTextAsync(_folder.File("not-a-folder"), "x");
        using var broken = new SqliteStorage(_folder.File("not-a-folder/careerbot.db"));

        Assert.False(await broken.IsReadyAsync());
    }

    [Fact]
    public async Task A_corrupt_row_fails_the_read_loudly_instead_of_returning_wrong_state()
    {
        await WriteAsync("k", Doc("n", 1), etag: null);
        using (var connection = new SqliteConnection($"Data Source={_storage.FilePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE bot_state SET json = '[1,2]' WHERE key = 'k'";
            command.ExecuteNonQuery();
        }

        await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync("k"));
        Assert.True(await _storage.IsReadyAsync());
    }

    public void Dispose()
    {
        _storage.Dispose();
        _folder.Dispose();
    }
}
