using System.Text.Json.Nodes;
using CareerBot.BotFramework.Storage;

namespace CareerBot.BotFramework.Tests.Storage;

/// <summary>The behaviour every <see cref="IStorage"/> must have; each storage runs it through a subclass.</summary>
public abstract partial class StorageContract
{
    protected abstract IStorage Storage { get; }

    [Fact]
    public async Task Reading_a_missing_key_returns_nothing()
    {
        var items = await Storage.ReadAsync(["test/conversations/never-written"]);

        Assert.Empty(items);
    }

    [Fact]
    public async Task A_written_document_reads_back_unchanged_with_the_etag_the_write_returned()
    {
        var etags = await WriteAsync("k", Doc("career", "nurse"), etag: null);

        var item = await ReadAsync("k");

        Assert.Equal("nurse", (string?)item!.Document["career"]);
        Assert.Equal(etags["k"], item.ETag);
        Assert.False(string.IsNullOrEmpty(item.ETag));
    }

    [Fact]
    public async Task Each_write_gives_the_item_a_new_etag()
    {
        var first = (await WriteAsync("k", Doc("n", 1), etag: null))["k"];
        var second = (await WriteAsync("k", Doc("n", 2), first))["k"];
        var third = (await WriteAsync("k", Doc("n", 3), second))["k"];

        Assert.Equal(3, new HashSet<string> { first, second, third }.Count);
        Assert.Equal(third, (await ReadAsync("k"))!.ETag);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_conflicts_and_the_stored_value_is_unchanged()
    {
        var stale = (await WriteAsync("k", Doc("n", 1), etag: null))["k"];
        await WriteAsync("k", Doc("n", 2), stale);

        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync("k", Doc("n", 3), stale));

        Assert.Equal("k", conflict.Key);
        Assert.Equal(2, (int?)(await ReadAsync("k"))!.Document["n"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*")]
    public async Task A_write_with_no_etag_or_star_overwrites_whatever_is_stored(string? etag)
    {
        await WriteAsync("k", Doc("n", 1), etag: null);
        await WriteAsync("k", Doc("n", 2), etag: null);

        await WriteAsync("k", Doc("n", 3), etag);

        Assert.Equal(3, (int?)(await ReadAsync("k"))!.Document["n"]);
    }

    [Fact]
    public async Task Creating_an_item_that_already_exists_conflicts()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = StoreItem.New(Doc("n", 1)) });

        await Assert.ThrowsAsync<StorageConflictException>(
            () => Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = StoreItem.New(Doc("n", 2)) }));

        Assert.Equal(1, (int?)(await ReadAsync("k"))!.Document["n"]);
    }

    [Fact]
    public async Task A_write_with_the_etag_of_a_deleted_item_conflicts_and_does_not_bring_it_back()
    {
        var etag = (await WriteAsync("k", Doc("n", 1), etag: null))["k"];
        await Storage.DeleteAsync(["k"]);

        await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync("k", Doc("n", 2), etag));

        Assert.Null(await ReadAsync("k"));
    }

    [Fact]
    public async Task A_deleted_key_reads_as_missing_and_deleting_a_missing_key_is_harmless()
    {
        await WriteAsync("gone", Doc("n", 1), etag: null);
        await WriteAsync("kept", Doc("n", 2), etag: null);

        await Storage.DeleteAsync(["gone", "never-existed"]);

        Assert.Null(await ReadAsync("gone"));
        Assert.NotNull(await ReadAsync("kept"));
    }

    [Fact]
    public async Task Many_keys_are_written_and_read_in_one_call()
    {
        var changes = Enumerable.Range(1, 5).ToDictionary(i => $"key-{i}", i => new StoreItem(Doc("n", i), null));

        var etags = await Storage.WriteAsync(changes);
        var items = await Storage.ReadAsync(["key-1", "key-3", "key-5", "key-missing"]);

        Assert.Equal(changes.Keys.Order(), etags.Keys.Order());
        Assert.Equal(["key-1", "key-3", "key-5"], items.Keys.Order());
        Assert.Equal(3, (int?)items["key-3"].Document["n"]);
        Assert.Equal(etags["key-5"], items["key-5"].ETag);
    }

    [Fact]
    public async Task Keys_with_special_characters_round_trip_and_never_share_an_item()
    {
        string[] keys =
        [
            "msteams/conversations/a:1|x;messageid=1",
            "msteams/conversations/a:1|x;messageid=2",
            "webchat/users/dl_ü-ñ 😀 user",
            "emulator/conversations/a/b/../c?d=e&f#g",
            "test/conversations/a%2Fb",
            "test/conversations/a/b",
            "test/conversations/~41",
            "test/conversations/A",
            "test/conversations/trailing.",
            "test/conversations/back\\slash",
        ];
        var changes = keys.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => new StoreItem(Doc("index", p.i), null));

        await Storage.WriteAsync(changes);
        var items = await Storage.ReadAsync(keys);

        Assert.Equal(keys.Length, items.Count);
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(i, (int?)items[keys[i]].Document["index"]);
        }
    }

    [Fact]
    public async Task A_200_KB_document_round_trips_unchanged()
    {
        var text = string.Concat(Enumerable.Range(0, 200 * 1024 / 16).Select(i => $"line {i,6:D6} ü|\n"));
        var document = new JsonObject { ["big"] = text, ["nested"] = new JsonObject { ["list"] = new JsonArray(1, 2, 3) } };

        await WriteAsync("big", document, etag: null);
        var item = await ReadAsync("big");

        Assert.True(text.Length >= 200 * 1024 / 2);
        Assert.Equal(text, (string?)item!.Document["big"]);
        Assert.True(JsonNode.DeepEquals(document, item.Document));
    }

    [Fact]
    public async Task Changing_a_document_after_writing_or_reading_it_does_not_change_the_store()
    {
        var written = Doc("n", 1);
        await WriteAsync("k", written, etag: null);
        written["n"] = 2;
        (await ReadAsync("k"))!.Document["n"] = 3;

        Assert.Equal(1, (int?)(await ReadAsync("k"))!.Document["n"]);
    }

    [Fact]
    public async Task Listing_a_prefix_gives_exactly_the_keys_under_it_even_with_odd_characters()
    {
        string[] under = ["dl/a", "dl/a/0000001", "dl/é ü/x", "dl/"];
        foreach (var key in under.Concat(["dl", "dm/a", "dk/z", "other/dl/a"]))
        {
            await WriteAsync(key, Doc("n", 1), etag: null);
        }

        await Storage.DeleteAsync(["dl/a/0000001"]);

        Assert.Equal(["dl/", "dl/a", "dl/é ü/x"], (await Storage.ListKeysAsync("dl/")).Order(StringComparer.Ordinal));
        Assert.Empty(await Storage.ListKeysAsync("nothing/"));
    }

    [Fact]
    public async Task A_write_of_two_keys_that_loses_the_race_on_one_of_them_changes_neither()
    {
        // Two conversations of one student, each saving its own state and the student's shared user state.
        string[] keys = ["race/conversation-a", "race/conversation-b", "race/user"];
        foreach (var key in keys)
        {
            await WriteAsync(key, Doc("by", "nobody"), etag: null);
        }

        for (var round = 0; round < 8; round++)
        {
            var read = await Storage.ReadAsync(keys);
            var writers = new[] { "race/conversation-a", "race/conversation-b" }.Select(async conversation =>
            {
                try
                {
                    await Storage.WriteAsync(new Dictionary<string, StoreItem>
                    {
                        [conversation] = new(Doc("by", $"{round}-{conversation}"), read[conversation].ETag),
                        ["race/user"] = new(Doc("by", $"{round}-{conversation}"), read["race/user"].ETag),
                    });
                    return conversation;
                }
                catch (StorageConflictException)
                {
                    return null;
                }
            });

            var winners = (await Task.WhenAll(writers)).OfType<string>().ToList();
            var after = await Storage.ReadAsync(keys);
            var winner = Assert.Single(winners);
            Assert.Equal($"{round}-{winner}", (string?)after["race/user"].Document["by"]);
            var loser = winner.EndsWith("-a", StringComparison.Ordinal) ? "race/conversation-b" : "race/conversation-a";
            Assert.Equal(read[loser].ETag, after[loser].ETag);
        }
    }

    [Fact]
    public async Task The_storage_reports_itself_ready()
    {
        Assert.True(await Storage.IsReadyAsync());
    }

    protected static JsonObject Doc(string name, JsonNode? value) => new() { [name] = value };

    protected Task<IReadOnlyDictionary<string, string>> WriteAsync(string key, JsonObject document, string? etag) =>
        Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new StoreItem(document, etag) });

    protected async Task<StoreItem?> ReadAsync(string key) =>
        (await Storage.ReadAsync([key])).GetValueOrDefault(key);
}
