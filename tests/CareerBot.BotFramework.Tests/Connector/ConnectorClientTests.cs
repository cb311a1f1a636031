using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.BotFramework.Tests.Connector;

public class ConnectorClientTests
{
    private static readonly ConnectorOptions FastRetries = new() { BaseRetryDelay = TimeSpan.Zero, MaxAttempts = 3 };

    [Fact]
    public async Task A_reply_goes_to_the_reply_path_with_teams_ids_percent_encoded()
    {
        var channel = new StubHttpHandler();

        var response = await Client(channel).ReplyToActivityAsync(Reply("a:1xyz|livechat;messageid=1", "1700:2"));

        var request = Assert.Single(channel.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/base/v3/conversations/a%3A1xyz%7Clivechat%3Bmessageid%3D1/activities/1700%3A2", request.RawPath);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("hi", (string?)JsonNode.Parse(request.Body!)!["text"]);
        Assert.Equal("reply-1", response.Id);
    }

    [Fact]
    public async Task An_activity_without_reply_to_id_is_sent_to_the_conversation()
    {
        var channel = new StubHttpHandler();

        await Client(channel).ReplyToActivityAsync(Reply("c1", replyToId: null));

        Assert.Equal("/base/v3/conversations/c1/activities", channel.Requests.Single().RawPath);
    }

    [Fact]
    public async Task Update_puts_and_delete_deletes_the_activity()
    {
        var channel = new StubHttpHandler();
        var client = Client(channel);
        var update = Reply("c1", null);
        update.Id = "m 1";

        await client.UpdateActivityAsync(update);
        await client.DeleteActivityAsync("http://127.0.0.1:4000/base", "c1", "m2");

        Assert.Equal(
            [(HttpMethod.Put, "/base/v3/conversations/c1/activities/m%201"), (HttpMethod.Delete, "/base/v3/conversations/c1/activities/m2")],
            channel.Requests.Select(r => (r.Method, r.RawPath)).ToArray());
    }

    [Fact]
    public async Task A_429_with_retry_after_is_retried_and_then_delivered()
    {
        var channel = new StubHttpHandler((_, n) => n == 1 ? Throttled(TimeSpan.Zero) : StubHttpHandler.Json(HttpStatusCode.OK, "{}"));

        await Client(channel).ReplyToActivityAsync(Reply("c1", "m1"));

        Assert.Equal(2, channel.Requests.Count);
    }

    [Fact]
    public async Task A_channel_that_keeps_failing_with_5xx_gets_a_bounded_number_of_attempts()
    {
        var channel = new StubHttpHandler((_, _) => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client(channel).ReplyToActivityAsync(Reply("c1", "m1")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(3, channel.Requests.Count);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_limit_fails_at_once_instead_of_holding_the_turn()
    {
        var channel = new StubHttpHandler((_, _) => Throttled(TimeSpan.FromMinutes(5)));

        await Assert.ThrowsAsync<ConnectorException>(() => Client(channel).ReplyToActivityAsync(Reply("c1", "m1")));

        Assert.Single(channel.Requests);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        var channel = new StubHttpHandler((_, _) => new HttpResponseMessage(HttpStatusCode.BadRequest));

        await Assert.ThrowsAsync<ConnectorException>(() => Client(channel).ReplyToActivityAsync(Reply("c1", "m1")));

        Assert.Single(channel.Requests);
    }

    [Fact]
    public async Task The_bearer_token_is_sent_when_the_bot_has_credentials_and_omitted_otherwise()
    {
        var withToken = new StubHttpHandler();
        var withoutToken = new StubHttpHandler();

        await Client(withToken, new FixedCredentials("tok-123")).ReplyToActivityAsync(Reply("c1", "m1"));
        await Client(withoutToken).ReplyToActivityAsync(Reply("c1", "m1"));

        Assert.Equal("Bearer tok-123", withToken.Requests.Single().Authorization);
        Assert.Null(withoutToken.Requests.Single().Authorization);
    }

    [Fact]
    public void Retry_after_as_seconds_or_as_a_date_sets_the_wait()
    {
        var now = new DateTimeOffset(2026, 11, 24, 19, 0, 0, TimeSpan.Zero);
        var options = new ConnectorOptions();
        var seconds = Throttled(TimeSpan.FromSeconds(3));
        var date = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        date.Headers.RetryAfter = new RetryConditionHeaderValue(now.AddSeconds(4));

        Assert.Equal(TimeSpan.FromSeconds(3), RetryDelay.For(seconds, 1, options, now));
        Assert.Equal(TimeSpan.FromSeconds(4), RetryDelay.For(date, 1, options, now));
        Assert.Equal(TimeSpan.FromMilliseconds(500), RetryDelay.For(new HttpResponseMessage(HttpStatusCode.BadGateway), 2, options, now));
    }

    private static ConnectorClient Client(StubHttpHandler channel, IAppCredentials? credentials = null) =>
        new(new StubHttpClientFactory(channel), credentials ?? new NoAppCredentials(), FastRetries, NullLogger<ConnectorClient>.Instance);

    private static Activity Reply(string conversationId, string? replyToId) => new()
    {
        Type = ActivityTypes.Message,
        Text = "hi",
        ServiceUrl = "http://127.0.0.1:4000/base/",
        Conversation = new ConversationAccount(conversationId),
        ReplyToId = replyToId,
    };

    private static HttpResponseMessage Throttled(TimeSpan retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(retryAfter);
        return response;
    }

    private sealed class FixedCredentials(string token) : IAppCredentials
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(token);
    }
}
