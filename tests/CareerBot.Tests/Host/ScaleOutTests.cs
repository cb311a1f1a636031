namespace CareerBot.Tests.Host;

/// <summary>State lives in the store, not the process: hosts sharing a store share conversations.</summary>
public sealed class ScaleOutTests
{
    private const string Conversation = "19:scale-out@thread.tacv2;messageid=1";

    [Fact]
    public async Task Two_hosts_on_one_sqlite_file_continue_one_conversation_alternately_with_nothing_lost()
    {
        using var database = new TempDatabase();
        await using var first = await BotHost.StartAsync(database.Path);
        await using var second = await BotHost.StartAsync(database.Path);

        for (var turn = 1; turn <= 10; turn++)
        {
            var host = turn % 2 == 1 ? first : second;
            Assert.Equal([CountingBot.Reply(turn, turn)], await host.SayAsync(Conversation, $"message {turn}"));
        }
    }

    [Fact]
    public async Task A_restarted_host_continues_the_conversation_where_it_stopped()
    {
        using var database = new TempDatabase();
        await using (var before = await BotHost.StartAsync(database.Path))
        {
            await before.SayAsync(Conversation, "one");
            await before.SayAsync(Conversation, "two");
            await before.SayAsync(Conversation, "three");
        }

        await using var after = await BotHost.StartAsync(database.Path);

        Assert.Equal([CountingBot.Reply(4, 4)], await after.SayAsync(Conversation, "four"));
    }

    [Fact]
    public async Task Racing_turns_on_one_conversation_are_either_saved_or_answered_with_an_apology_never_lost_silently()
    {
        using var database = new TempDatabase();
        await using var first = await BotHost.StartAsync(database.Path);
        await using var second = await BotHost.StartAsync(database.Path);
        await first.SayAsync(Conversation, "start");

        var racing = Enumerable.Range(0, 8)
            .Select(i => (i % 2 == 0 ? first : second).SayAsync(Conversation, "slow"))
            .ToArray();
        var answers = await Task.WhenAll(racing);

        var apologised = answers.Count(replies => replies.Any(r => r.StartsWith("Sorry", StringComparison.Ordinal)));
        Assert.True(apologised > 0, "the racing turns should have collided on the ETag");
        var saved = answers.Length - apologised;
        var next = 1 + saved + 1;
        Assert.Equal([CountingBot.Reply(next, next)], await first.SayAsync(Conversation, "how many?"));
    }
}
