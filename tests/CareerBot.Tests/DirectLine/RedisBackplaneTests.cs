using System.Net;
using System.Text;
using CareerBot.DirectLine.Conversations;
using CareerBot.Tests.Host;
using Microsoft.Extensions.DependencyInjection;
using static CareerBot.Tests.DirectLine.StreamSocket;

namespace CareerBot.Tests.DirectLine;

/// <summary>Two hosts on one Redis (<c>DirectLine:Backplane=redis</c>): any host serves any call of any conversation.</summary>
public sealed class RedisBackplaneTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task A_conversation_started_on_one_host_is_posted_to_and_read_on_the_other()
    {
        var settings = Settings();
        await using var first = await ChatHost.StartAsync(settings);
        await using var second = await ChatHost.StartAsync(settings);
        var (conversationId, token) = await first.Http.StartConversationAsync();

        (await second.Http.PostMessageAsync(conversationId, token, "on the second host")).EnsureSuccessStatusCode();
        (await first.Http.PostMessageAsync(conversationId, token, "back on the first")).EnsureSuccessStatusCode();

        var log = await first.Http.GetActivitiesAsync(conversationId, token);
        Assert.Equal([EchoBot.Welcome, "on the second host", "You said: on the second host",
            "back on the first", "You said: back on the first"], Said(log));
        Assert.Equal("4", log.GetProperty("watermark").GetString());
        Assert.Equal(log.GetRawText(), (await second.Http.GetActivitiesAsync(conversationId, token)).GetRawText());
        Assert.Equal(["You said: back on the first"], Said(await second.Http.GetActivitiesAsync(conversationId, token, "3")));
    }

    [Fact]
    public async Task A_stream_on_one_host_gets_the_backlog_then_what_a_post_on_the_other_host_brings_typing_included()
    {
        var settings = Settings();
        await using var first = await ChatHost.StartAsync(settings);
        await using var second = await ChatHost.StartAsync(settings);
        var started = await (await first.Http.SendAsync(HttpMethod.Post, "v3/directline/conversations", ChatHost.Secret)).JsonAsync(HttpStatusCode.Created);
        var (conversationId, token) = (started.GetProperty("conversationId").GetString()!, started.GetProperty("token").GetString()!);
        using var socket = await ConnectAsync(started.GetProperty("streamUrl").GetString()!);
        Assert.Equal([EchoBot.Welcome], Texts(await NextSetAsync(socket)));

        await second.Http.PostMessageAsync(conversationId, token, "across hosts");

        Assert.Equal(["across hosts"], Texts(await NextSetAsync(socket)));
        Assert.Equal("typing", (await NextSetAsync(socket)).GetProperty("activities")[0].GetProperty("type").GetString());
        var reply = await NextSetAsync(socket);
        Assert.StartsWith("You said: across hosts", Texts(reply)[0]);
        Assert.Equal("2", reply.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task Forty_posts_racing_over_two_hosts_get_forty_distinct_ids_and_a_log_in_order()
    {
        var settings = Settings();
        await using var first = await ChatHost.StartAsync(settings);
        await using var second = await ChatHost.StartAsync(settings);
        var (conversationId, token) = await first.Http.StartConversationAsync();

        var posts = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
            await (await (i % 2 == 0 ? first : second).Http.PostMessageAsync(conversationId, token, $"m{i}")).JsonAsync()));

        var ids = posts.Select(p => p.GetProperty("id").GetString()!).ToList();
        Assert.Equal(40, ids.Distinct().Count());
        var logged = (await second.Http.GetActivitiesAsync(conversationId, token)).GetProperty("activities").EnumerateArray()
            .Select(a => a.GetProperty("id").GetString()!).ToList();
        Assert.Equal(81, logged.Count);
        Assert.Equal(Enumerable.Range(0, 81).Select(n => $"{conversationId}|{n:D7}"), logged);
    }

    [Fact]
    public async Task Forget_me_on_one_host_empties_the_log_the_other_host_reads_and_watermarks_count_on()
    {
        var settings = Settings();
        await using var first = await ChatHost.StartAsync(settings);
        await using var second = await ChatHost.StartAsync(settings);
        var (conversationId, token) = await first.Http.StartConversationAsync();
        await first.Http.PostMessageAsync(conversationId, token, "my secret");

        await first.Services.GetRequiredService<IConversationBackplane>().EraseAsync(conversationId);
        await second.Http.PostMessageAsync(conversationId, token, "after");

        var log = await second.Http.GetActivitiesAsync(conversationId, token);
        Assert.Equal(["after", "You said: after"], Said(log));
        Assert.Equal("4", log.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task An_idle_conversation_swept_by_one_host_is_gone_on_both_and_its_streams_close()
    {
        var clock = new ManualClock();
        var settings = Settings();
        await using var first = await ChatHost.StartAsync(settings, clock);
        await using var second = await ChatHost.StartAsync(settings, clock);
        var started = await (await first.Http.SendAsync(HttpMethod.Post, "v3/directline/conversations", ChatHost.Secret)).JsonAsync(HttpStatusCode.Created);
        var conversationId = started.GetProperty("conversationId").GetString()!;
        var reconnect = await (await second.Http.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}", ChatHost.Secret)).JsonAsync();
        using var socket = await ConnectAsync(reconnect.GetProperty("streamUrl").GetString()!);
        await NextSetAsync(socket);

        clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, await first.Services.GetRequiredService<IConversationBackplane>().RemoveIdleAsync());

        var closed = await ReceiveAsync(socket);
        Assert.Equal(System.Net.WebSockets.WebSocketMessageType.Close, closed.Type);
        var gone = await second.Http.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", ChatHost.Secret);
        Assert.Equal("ConversationNotFound", await gone.ErrorCodeAsync(HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task The_limits_hold_across_hosts_conversations_log_bytes_and_the_total_budget()
    {
        var clock = new ManualClock();
        var settings = Settings();
        settings["DirectLine:MaxConversations"] = "2";
        settings["DirectLine:MaxActivityBytes"] = "4096";
        settings["DirectLine:MaxLogBytesPerConversation"] = "8192";
        settings["DirectLine:MaxLogBytes"] = "9000";
        await using var first = await ChatHost.StartAsync(settings, clock);
        await using var second = await ChatHost.StartAsync(settings, clock);
        var (quiet, quietToken) = await first.Http.StartConversationAsync();
        await first.Http.PostMessageAsync(quiet, quietToken, new string('q', 1500));
        clock.Advance(TimeSpan.FromMinutes(5));
        var (busy, busyToken) = await second.Http.StartConversationAsync();

        var generated = await (await first.Http.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", ChatHost.Secret)).JsonAsync();
        var full = await first.Http.SendAsync(HttpMethod.Post, "v3/directline/conversations", generated.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, full.StatusCode);
        Assert.InRange(full.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 55 * 60, 57 * 60);

        for (var i = 0; i < 12; i++)
        {
            await (i % 2 == 0 ? first : second).Http.PostMessageAsync(busy, busyToken, $"{i:D2} " + new string('b', 1000));
        }

        var busyLog = await first.Http.GetActivitiesAsync(busy, busyToken);
        Assert.StartsWith("You said: 11 ", busyLog.Texts()[^1], StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(busyLog.GetProperty("activities").GetRawText()), 1, 8192 + 1024);
        var quietGone = await second.Http.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{quiet}/activities", quietToken);
        Assert.Equal(HttpStatusCode.NotFound, quietGone.StatusCode);
    }

    [Fact]
    public async Task Without_a_shared_token_key_a_redis_host_does_not_start()
    {
        var settings = Settings();
        settings["DirectLine:TokenSigningKey"] = "";

        var failure = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(async () =>
        {
            await using var host = await ChatHost.StartAsync(settings);
        });

        Assert.Contains(failure.Failures, f => f.Contains("TokenSigningKey is required with Backplane=redis", StringComparison.Ordinal));
    }

    /// <summary>The texts of a log, without the echo's "(from user)" tail.</summary>
    private static string[] Said(System.Text.Json.JsonElement log) =>
        [.. log.Texts().Select(t => t.Split(" (from ", 2)[0])];

    private Dictionary<string, string?> Settings() => new()
    {
        ["DirectLine:Backplane"] = "redis",
        ["DirectLine:TokenSigningKey"] = "shared-by-every-host-0123456789abcdef",
        ["Redis:Configuration"] = redis.Configuration,
        ["Redis:KeyPrefix"] = RedisFixture.NewPrefix(),
    };
}
