using System.Net;

namespace CareerBot.Tests.DirectLine;

public sealed class ConversationTests
{
    [Fact]
    public async Task Starting_a_conversation_with_a_token_returns_201_with_a_stream_url_and_the_bot_welcomes()
    {
        await using var host = await ChatHost.StartAsync();
        var generated = await (await host.Http.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", ChatHost.Secret)).JsonAsync();
        var conversationId = generated.GetProperty("conversationId").GetString()!;

        var started = await (await host.Http.SendAsync(HttpMethod.Post, "v3/directline/conversations",
            generated.GetProperty("token").GetString())).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(conversationId, started.GetProperty("conversationId").GetString());
        Assert.Equal(1800, started.GetProperty("expires_in").GetInt32());
        Assert.StartsWith($"ws://{host.Address.Authority}/v3/directline/conversations/{conversationId}/stream?",
            started.GetProperty("streamUrl").GetString());
        var log = await host.Http.GetActivitiesAsync(conversationId, started.GetProperty("token").GetString()!);
        Assert.Equal([EchoBot.Welcome], log.Texts());
    }

    [Fact]
    public async Task Starting_the_same_conversation_again_returns_200_without_a_second_welcome()
    {
        await using var host = await ChatHost.StartAsync();
        var (conversationId, token) = await host.Http.StartConversationAsync();

        var again = await host.Http.SendAsync(HttpMethod.Post, "v3/directline/conversations", token);

        Assert.Equal(conversationId, (await again.JsonAsync()).GetProperty("conversationId").GetString());
        Assert.Equal([EchoBot.Welcome], (await host.Http.GetActivitiesAsync(conversationId, token)).Texts());
    }

    [Fact]
    public async Task Starting_a_conversation_with_the_secret_creates_a_new_one_each_time()
    {
        await using var host = await ChatHost.StartAsync();

        var first = await (await host.Http.SendAsync(HttpMethod.Post, "v3/directline/conversations", ChatHost.Secret)).JsonAsync(HttpStatusCode.Created);
        var second = await (await host.Http.SendAsync(HttpMethod.Post, "v3/directline/conversations", ChatHost.Secret)).JsonAsync(HttpStatusCode.Created);

        Assert.NotEqual(first.GetProperty("conversationId").GetString(), second.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task Reconnecting_returns_a_fresh_token_and_a_stream_url_that_carries_the_watermark()
    {
        await using var host = await ChatHost.StartAsync();
        var (conversationId, token) = await host.Http.StartConversationAsync();

        var reconnect = await (await host.Http.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark=0", token)).JsonAsync();

        Assert.Equal(conversationId, reconnect.GetProperty("conversationId").GetString());
        Assert.Contains("watermark=0&t=", reconnect.GetProperty("streamUrl").GetString());
        Assert.False(string.IsNullOrEmpty(reconnect.GetProperty("token").GetString()));
    }

    [Fact]
    public async Task Reconnecting_to_an_unknown_conversation_is_404()
    {
        await using var host = await ChatHost.StartAsync();

        var response = await host.Http.SendAsync(HttpMethod.Get, "v3/directline/conversations/no-such-conversation", ChatHost.Secret);

        Assert.Equal("ConversationNotFound", await response.ErrorCodeAsync(HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task A_token_for_one_conversation_cannot_read_another()
    {
        await using var host = await ChatHost.StartAsync();
        var (_, mine) = await host.Http.StartConversationAsync();
        var (theirs, _) = await host.Http.StartConversationAsync();

        var reconnect = await host.Http.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{theirs}", mine);
        var read = await host.Http.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{theirs}/activities", mine);

        Assert.Equal("Forbidden", await reconnect.ErrorCodeAsync(HttpStatusCode.Forbidden));
        Assert.Equal("Forbidden", await read.ErrorCodeAsync(HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task A_bad_watermark_is_400()
    {
        await using var host = await ChatHost.StartAsync();
        var (conversationId, token) = await host.Http.StartConversationAsync();

        var response = await host.Http.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark=abc", token);

        Assert.Equal("BadArgument", await response.ErrorCodeAsync(HttpStatusCode.BadRequest));
    }
}
