using System.Diagnostics;
using System.Net;
using CareerBot.Tests.DirectLine;

namespace CareerBot.Tests.WebChat;

/// <summary>Limits per client address and per conversation answer 429 with Retry-After and a message a person can read.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task A_conversation_posting_too_fast_gets_429_with_retry_after()
    {
        await using var host = await ChatHost.StartAsync(new Dictionary<string, string?> { ["RateLimits:MessagesPerConversationPerMinute"] = "2" });
        var (conversationId, token) = await host.Http.StartConversationAsync();

        (await host.Http.PostMessageAsync(conversationId, token, "one")).EnsureSuccessStatusCode();
        (await host.Http.PostMessageAsync(conversationId, token, "two")).EnsureSuccessStatusCode();
        var third = await host.Http.PostMessageAsync(conversationId, token, "three");

        Assert.Equal("TooManyRequests", await third.ErrorCodeAsync(HttpStatusCode.TooManyRequests));

        // Two a minute is one every 30 seconds: the next is free within 30 s, not "in a minute" whatever the case.
        Assert.InRange(third.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 30);
    }

    [Fact]
    public async Task Posts_without_the_conversations_token_do_not_lock_the_student_out()
    {
        await using var host = await ChatHost.StartAsync(new Dictionary<string, string?> { ["RateLimits:MessagesPerConversationPerMinute"] = "2" });
        var (conversationId, token) = await host.Http.StartConversationAsync();
        var (_, otherToken) = await host.Http.StartConversationAsync();

        for (var i = 0; i < 30; i++)
        {
            var anonymous = await host.Http.PostMessageAsync(conversationId, i % 2 == 0 ? "not-a-token" : otherToken, "spam");
            Assert.True((int)anonymous.StatusCode is 401 or 403, $"got {(int)anonymous.StatusCode}");
        }

        (await host.Http.PostMessageAsync(conversationId, token, "it's me")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Another_conversation_is_not_slowed_by_a_busy_one()
    {
        await using var host = await ChatHost.StartAsync(new Dictionary<string, string?> { ["RateLimits:MessagesPerConversationPerMinute"] = "1" });
        var (busy, busyToken) = await host.Http.StartConversationAsync();
        var (calm, calmToken) = await host.Http.StartConversationAsync();
        await host.Http.PostMessageAsync(busy, busyToken, "one");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await host.Http.PostMessageAsync(busy, busyToken, "two")).StatusCode);

        var other = await host.Http.PostMessageAsync(calm, calmToken, "hello");

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_client_asking_for_too_many_chat_tokens_gets_429_with_retry_after()
    {
        await using var host = await ChatHost.StartAsync(new Dictionary<string, string?> { ["RateLimits:TokensPerClientPerMinute"] = "2" });

        for (var i = 0; i < 2; i++)
        {
            (await host.Http.PostAsync("api/webchat/token", null)).EnsureSuccessStatusCode();
        }

        var refused = await host.Http.PostAsync("api/webchat/token", null);

        Assert.Equal("TooManyRequests", await refused.ErrorCodeAsync(HttpStatusCode.TooManyRequests));
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task A_client_making_too_many_direct_line_requests_gets_429()
    {
        await using var host = await ChatHost.StartAsync(new Dictionary<string, string?> { ["RateLimits:RequestsPerClientPerMinute"] = "3" });
        var (conversationId, token) = await host.Http.StartConversationAsync(); // two requests

        await host.Http.GetActivitiesAsync(conversationId, token);
        var refused = await host.Http.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token);

        Assert.Equal("TooManyRequests", await refused.ErrorCodeAsync(HttpStatusCode.TooManyRequests));
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task The_real_host_counts_each_chat_request_once_against_the_documented_per_client_limit()
    {
        // The host as Program.cs wires it, with the shipped RateLimits:RequestsPerClientPerMinute of 300 (a middleware
        // added twice counted each request twice and refused request 151).
        await using var server = await CareerBotServer.StartAsync();
        var clock = Stopwatch.StartNew();
        for (var i = 1; i <= 300; i++)
        {
            var answer = await server.Http.GetAsync(new Uri("v3/directline/conversations/none/activities", UriKind.Relative));
            Assert.True(answer.StatusCode != HttpStatusCode.TooManyRequests, $"request {i} of 300 was refused");
        }

        // The bucket refills one request every 0.2 s while the 300 are sent, so a few more may pass; no more than that.
        var refill = (int)Math.Ceiling(clock.Elapsed.TotalSeconds / 0.2) + 1;
        var passed = 0;
        while ((await server.Http.GetAsync(new Uri("v3/directline/conversations/none/activities", UriKind.Relative))).StatusCode
               != HttpStatusCode.TooManyRequests)
        {
            Assert.True(++passed <= refill, $"request {300 + passed} passed; the limit is 300 a minute");
        }
    }
}
