using CareerBot.BotFramework.Storage;
using CareerBot.DirectLine.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.DirectLine;

/// <summary>The embedded backplane keeps each conversation's log in the state storage only as long as the conversation:
/// trimmed rows, "forget me" and idle expiry delete what they drop, and a restart reads back only what still lives.</summary>
public sealed class EmbeddedArchiveTests
{
    private const string Prefix = "transcripts/directline/";

    [Fact]
    public async Task The_stored_log_follows_the_live_one_trimmed_erased_and_expired()
    {
        var clock = new ManualClock();
        var storage = new MemoryStorage();
        await using var host = await ChatHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "4" }, clock, storage);
        var (conversationId, token) = await host.Http.StartConversationAsync();

        for (var i = 0; i < 5; i++)
        {
            await host.Http.PostMessageAsync(conversationId, token, $"message {i}");
        }

        Assert.Equal(["0000007", "0000008", "0000009", "0000010"], await RowsAsync(storage, conversationId));

        await host.Services.GetRequiredService<IConversationBackplane>().EraseAsync(conversationId);
        Assert.Empty(await RowsAsync(storage, conversationId));
        Assert.Single(await storage.ListKeysAsync(Prefix + conversationId));

        clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, await host.Services.GetRequiredService<IConversationBackplane>().RemoveIdleAsync());
        Assert.Empty(await storage.ListKeysAsync(Prefix));
    }

    [Fact]
    public async Task A_restart_reads_back_live_conversations_and_deletes_expired_ones_leaving_bot_state_alone()
    {
        var clock = new ManualClock();
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["directline/conversations/someone"] = new(new System.Text.Json.Nodes.JsonObject { ["dialog"] = "kept" }, null),
        });
        string quiet, busy, busyToken;
        await using (var before = await ChatHost.StartAsync(clock: clock, storage: storage))
        {
            (quiet, _) = await before.Http.StartConversationAsync();
            clock.Advance(TimeSpan.FromMinutes(50));
            (busy, busyToken) = await before.Http.StartConversationAsync();
            await before.Http.PostMessageAsync(busy, busyToken, "still here");
        }

        clock.Advance(TimeSpan.FromMinutes(20));
        await using var after = await ChatHost.StartAsync(clock: clock, storage: storage);

        var log = await after.Http.GetActivitiesAsync(busy, busyToken);
        Assert.Equal([EchoBot.Welcome, "still here"], log.Texts().Take(2));
        Assert.Equal("2", log.GetProperty("watermark").GetString());
        await after.Http.PostMessageAsync(busy, busyToken, "and on");
        Assert.Equal("4", (await after.Http.GetActivitiesAsync(busy, busyToken)).GetProperty("watermark").GetString());
        Assert.Empty(await storage.ListKeysAsync(Prefix + quiet));
        Assert.Single(await storage.ListKeysAsync("directline/conversations/someone"));
    }

    private static async Task<string[]> RowsAsync(IStorage storage, string conversationId) =>
        [.. (await storage.ListKeysAsync(Prefix + conversationId + "/")).Select(k => k[(k.LastIndexOf('/') + 1)..]).Order(StringComparer.Ordinal)];
}
