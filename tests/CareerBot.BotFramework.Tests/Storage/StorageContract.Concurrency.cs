using CareerBot.BotFramework.Storage;

namespace CareerBot.BotFramework.Tests.Storage;

/// <summary>Races on one key: the store must pick exactly one winner, never two and never a silent overwrite.</summary>
public abstract partial class StorageContract
{
    [Fact]
    public async Task Of_concurrent_writers_with_the_same_etag_exactly_one_wins()
    {
        var etag = (await WriteAsync("race", Doc("writer", -1), etag: null))["race"];
        const int writers = 8;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var racing = Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await WriteAsync("race", Doc("writer", i), etag);
                return i;
            }
            catch (StorageConflictException)
            {
                return -1;
            }
        })).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(racing);

        var winner = Assert.Single(outcomes, o => o >= 0);
        Assert.Equal(winner, (int?)(await ReadAsync("race"))!.Document["writer"]);
    }

    [Fact]
    public async Task Of_concurrent_creators_of_a_new_key_exactly_one_wins()
    {
        const int writers = 8;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var racing = Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["new"] = StoreItem.New(Doc("writer", i)) });
                return i;
            }
            catch (StorageConflictException)
            {
                return -1;
            }
        })).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(racing);

        var winner = Assert.Single(outcomes, o => o >= 0);
        Assert.Equal(winner, (int?)(await ReadAsync("new"))!.Document["writer"]);
    }
}
