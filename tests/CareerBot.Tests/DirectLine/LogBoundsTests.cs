using System.Net;
using System.Text.Json;
using CareerBot.DirectLine.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.DirectLine;

/// <summary>What one client can make the server keep is bounded: in bytes per activity part, per log and in all.</summary>
public sealed class LogBoundsTests
{
    [Theory]
    [InlineData("channelData", 20_000, "channelData is larger than 16384 bytes")]
    [InlineData("attachments", 70_000, "attachments are larger than 65536 bytes")]
    public async Task An_oversized_channel_data_or_attachment_list_is_413_and_not_logged(string part, int size, string message)
    {
        await using var host = await ChatHost.StartAsync();
        var (conversationId, token) = await host.Http.StartConversationAsync();
        object content = part == "channelData"
            ? new { type = "message", text = "x", channelData = new { blob = new string('a', size) } }
            : new { type = "message", text = "x", attachments = new[] { new { contentType = "text/plain", content = new string('a', size) } } };

        var response = await host.Http.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token, JsonSerializer.Serialize(content));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(message, body, StringComparison.Ordinal);
        Assert.Empty((await host.Http.GetActivitiesAsync(conversationId, token, "0")).Texts());
    }

    [Fact]
    public async Task A_log_keeps_its_newest_activities_within_its_byte_budget()
    {
        await using var host = await ChatHost.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:MaxActivityBytes"] = "4096",
            ["DirectLine:MaxLogBytesPerConversation"] = "8192",
        });
        var (conversationId, token) = await host.Http.StartConversationAsync();

        for (var i = 0; i < 20; i++)
        {
            (await host.Http.PostMessageAsync(conversationId, token, $"{i:D2} " + new string('x', 1000))).EnsureSuccessStatusCode();
        }

        var conversation = host.Services.GetRequiredService<ConversationStore>().Find(conversationId)!;
        var texts = (await host.Http.GetActivitiesAsync(conversationId, token)).Texts();
        Assert.InRange(conversation.LogBytes, 1, 8192);
        Assert.StartsWith("You said: 19 ", texts[^1], StringComparison.Ordinal);
        Assert.True(texts.Length < 40, $"{texts.Length} activities kept");
    }

    [Fact]
    public async Task Beyond_the_total_budget_the_longest_idle_conversation_is_forgotten_first()
    {
        var clock = new ManualClock();
        await using var host = await ChatHost.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:MaxActivityBytes"] = "4096",
            ["DirectLine:MaxLogBytesPerConversation"] = "8192",
            ["DirectLine:MaxLogBytes"] = "8192",
        }, clock);
        var (quiet, quietToken) = await host.Http.StartConversationAsync();
        await host.Http.PostMessageAsync(quiet, quietToken, new string('q', 1500));
        clock.Advance(TimeSpan.FromMinutes(5));
        var (busy, busyToken) = await host.Http.StartConversationAsync();

        for (var i = 0; i < 12; i++)
        {
            await host.Http.PostMessageAsync(busy, busyToken, new string('b', 1000));
        }

        var store = host.Services.GetRequiredService<ConversationStore>();
        Assert.True(store.Find(quiet) is null, $"busy {store.Find(busy)?.LogBytes} bytes, quiet {store.Find(quiet)?.LogBytes}");
        Assert.NotNull(store.Find(busy));
    }

    [Fact]
    public async Task Polling_alone_does_not_keep_a_conversation_alive()
    {
        var clock = new ManualClock();
        await using var host = await ChatHost.StartAsync(clock: clock);
        var (conversationId, token) = await host.Http.StartConversationAsync();
        await host.Http.PostMessageAsync(conversationId, token, "hello");
        var store = host.Services.GetRequiredService<ConversationStore>();

        for (var minute = 0; minute < 70; minute += 10)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            await host.Http.GetActivitiesAsync(conversationId, ChatHost.Secret);
        }

        store.RemoveIdle();
        Assert.Null(store.Find(conversationId));
    }
}
