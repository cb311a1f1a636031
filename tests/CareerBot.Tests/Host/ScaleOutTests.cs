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
    public async Task Racing_turns_on_two_hosts_are_all_answered_and_all_saved_none_apologised_for()
    {
        using var database = new TempDatabase();
        await using var first = await BotHost.StartAsync(database.Path);
        await using var second = await BotHost.StartAsync(database.Path);
        await first.SayAsync(Conversation, "start");

        var racing = Enumerable.Range(0, 8)
            .Select(i => (i % 2 == 0 ? first : second).SayAsync(Conversation, "slow"))
            .ToArray();
        var answers = await Task.WhenAll(racing);

        // The turns that lost a race on the ETag were run again: each student sees one answer, counted once.
        Assert.All(answers, replies => Assert.DoesNotContain(replies, r => r.StartsWith("Sorry", StringComparison.Ordinal)));
        Assert.Equal(Enumerable.Range(2, 8).Select(n => CountingBot.Reply(n, n)).Order(), answers.Select(a => Assert.Single(a)).Order());
        Assert.Equal([CountingBot.Reply(10, 10)], await first.SayAsync(Conversation, "how many?"));
    }

    [Fact]
    public async Task Twenty_turns_of_one_group_chat_at_once_on_one_host_are_answered_in_turn()
    {
        using var database = new TempDatabase();
        await using var host = await BotHost.StartAsync(database.Path);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => host.SayAsync(Conversation, "slow", $"student-{i}")));

        // Each turn waited for the one before it: turn numbers 1 to 20, one each, nobody apologised to.
        var turns = answers.Select(a => int.Parse(Assert.Single(a).Split(',')[0]["turn ".Length..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 20), turns.Order());
        Assert.Equal([CountingBot.Reply(21, 2)], await host.SayAsync(Conversation, "how many?", "student-0"));
    }
}
