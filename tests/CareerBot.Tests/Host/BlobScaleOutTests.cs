using CareerBot.BotFramework.Tests.Storage;

namespace CareerBot.Tests.Host;

/// <summary>The scale-out deployment: several hosts on one Azure Blob container (Azurite, started by the test).</summary>
public sealed class BlobScaleOutTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Conversation = "a:blob-scale-out|livechat";

    [Fact]
    public async Task Two_hosts_on_one_blob_container_continue_one_conversation_alternately_with_nothing_lost()
    {
        var settings = Settings();
        await using var first = await BotHost.StartAsync(null, settings);
        await using var second = await BotHost.StartAsync(null, settings);

        for (var turn = 1; turn <= 6; turn++)
        {
            var host = turn % 2 == 1 ? first : second;
            Assert.Equal([CountingBot.Reply(turn, turn)], await host.SayAsync(Conversation, $"message {turn}"));
        }
    }

    [Fact]
    public async Task Racing_turns_on_two_hosts_on_blob_are_all_answered_and_all_saved()
    {
        var settings = Settings();
        await using var first = await BotHost.StartAsync(null, settings);
        await using var second = await BotHost.StartAsync(null, settings);
        await first.SayAsync(Conversation, "start");

        var answers = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(i => (i % 2 == 0 ? first : second).SayAsync(Conversation, "slow")));

        // A turn that lost the race on the blob's ETag was run again, not apologised for.
        Assert.All(answers, replies => Assert.DoesNotContain(replies, r => r.StartsWith("Sorry", StringComparison.Ordinal)));
        Assert.Equal(Enumerable.Range(2, 6).Select(n => CountingBot.Reply(n, n)).Order(), answers.Select(a => Assert.Single(a)).Order());
        Assert.Equal([CountingBot.Reply(8, 8)], await second.SayAsync(Conversation, "how many?"));
    }

    /// <summary>Blob storage on the emulator, a container of its own per test.</summary>
    private Dictionary<string, string?> Settings() => new()
    {
        ["Storage:Kind"] = "Blob",
        ["Storage:BlobConnectionString"] = azurite.ConnectionString,
        ["Storage:BlobContainer"] = "scale-out-" + Guid.NewGuid().ToString("N")[..12],
    };
}
