namespace CareerBot.Tests.Host;

/// <summary>10,000 generated bad and random requests, then the conversation that was going on still works, state intact.</summary>
public sealed class FuzzTests
{
    private const string Conversation = "a:fuzz-victim|livechat";

    [Fact]
    public async Task Ten_thousand_bad_and_random_requests_never_get_a_5xx_and_a_valid_conversation_carries_on()
    {
        using var database = new TempDatabase();
        await using var host = await BotHost.StartAsync(database.Path);
        Assert.Equal([CountingBot.Reply(1, 1)], await host.SayAsync(Conversation, "hello"));
        Assert.Equal([CountingBot.Reply(2, 2)], await host.SayAsync(Conversation, "and again"));
        var fuzzer = new RequestFuzzer(seed: 20261124, Conversation);
        var requests = Enumerable.Range(0, 10_000).Select(_ => fuzzer.Next()).ToList();
        var statuses = new int[requests.Count];

        await Parallel.ForEachAsync(Enumerable.Range(0, requests.Count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            using var request = requests[i];
            using var response = await host.Http.SendAsync(request, ct);
            statuses[i] = (int)response.StatusCode;
        });

        Assert.DoesNotContain(statuses, s => s >= 500);
        Assert.Contains(statuses, s => s == 200);
        Assert.Contains(statuses, s => s is >= 400 and < 500);
        Assert.Equal([CountingBot.Reply(3, 3)], await host.SayAsync(Conversation, "are you still there?"));
    }
}
