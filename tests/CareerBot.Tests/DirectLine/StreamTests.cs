using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using static CareerBot.Tests.DirectLine.StreamSocket;

namespace CareerBot.Tests.DirectLine;

public sealed class StreamTests
{
    [Fact]
    public async Task The_stream_replays_the_log_then_pushes_the_echo_and_the_reply_of_a_new_message()
    {
        await using var host = await ChatHost.StartAsync();
        var (conversationId, token, streamUrl) = await StartAsync(host);
        using var socket = await ConnectAsync(streamUrl);

        Assert.Equal([EchoBot.Welcome], Texts(await NextSetAsync(socket)));
        await host.Http.PostMessageAsync(conversationId, token, "over the socket");

        Assert.Equal(["over the socket"], Texts(await NextSetAsync(socket)));
        var typing = await NextSetAsync(socket);
        Assert.Equal("typing", typing.GetProperty("activities")[0].GetProperty("type").GetString());
        var reply = await NextSetAsync(socket);
        Assert.StartsWith("You said: over the socket", Texts(reply)[0]);
        Assert.Equal("2", reply.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task A_reconnect_with_a_watermark_streams_only_what_was_missed()
    {
        await using var host = await ChatHost.StartAsync();
        var (conversationId, token, _) = await StartAsync(host);
        await host.Http.PostMessageAsync(conversationId, token, "seen");
        await host.Http.PostMessageAsync(conversationId, token, "missed");

        var reconnect = await (await host.Http.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark=2", token)).JsonAsync();
        using var socket = await ConnectAsync(reconnect.GetProperty("streamUrl").GetString()!);

        var backlog = Texts(await NextSetAsync(socket));
        Assert.Equal("missed", backlog[0]);
        Assert.Equal(2, backlog.Length);
    }

    [Fact]
    public async Task An_idle_stream_gets_empty_keep_alive_messages()
    {
        await using var host = await ChatHost.StartAsync();
        var (_, _, streamUrl) = await StartAsync(host);
        using var socket = await ConnectAsync(streamUrl);
        await NextSetAsync(socket); // the welcome

        var (text, type) = await ReceiveAsync(socket);

        Assert.Equal(WebSocketMessageType.Text, type);
        Assert.Equal("", text);
    }

    [Fact]
    public async Task A_stream_url_with_a_wrong_token_is_refused()
    {
        await using var host = await ChatHost.StartAsync();
        var (conversationId, _, _) = await StartAsync(host);
        using var socket = new ClientWebSocket();

        var url = new Uri($"ws://{host.Address.Authority}/v3/directline/conversations/{conversationId}/stream?t=forged.token.value");
        var failure = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(url, CancellationToken.None));

        Assert.Contains("403", failure.Message);
    }

    [Fact]
    public async Task The_stream_url_is_not_for_plain_http()
    {
        await using var host = await ChatHost.StartAsync();
        var (conversationId, token, _) = await StartAsync(host);

        var response = await host.Http.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/stream", token);

        Assert.Equal("BadArgument", await response.ErrorCodeAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_conversation_may_hold_only_so_many_streams_open()
    {
        await using var host = await ChatHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxStreamsPerConversation"] = "1" });
        var (_, _, streamUrl) = await StartAsync(host);
        using var first = await ConnectAsync(streamUrl);
        await NextSetAsync(first);

        var refused = await Assert.ThrowsAsync<WebSocketException>(() => ConnectAsync(streamUrl));

        Assert.Contains("429", refused.Message);
    }

    [Fact]
    public async Task A_client_may_hold_only_so_many_streams_open()
    {
        await using var host = await ChatHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxStreamsPerClient"] = "2" });
        var open = new List<ClientWebSocket>();
        for (var i = 0; i < 2; i++)
        {
            var (_, _, url) = await StartAsync(host);
            open.Add(await ConnectAsync(url));
            await NextSetAsync(open[^1]);
        }

        var (_, _, third) = await StartAsync(host);
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => ConnectAsync(third));

        Assert.Contains("429", refused.Message);
        open.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task A_full_server_answers_503_saying_when_there_will_be_room()
    {
        await using var host = await ChatHost.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:MaxConversations"] = "1",
            ["DirectLine:ConversationIdleMinutes"] = "5",
        });
        await StartAsync(host);

        var generated = await (await host.Http.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", ChatHost.Secret)).JsonAsync();
        var full = await host.Http.SendAsync(HttpMethod.Post, "v3/directline/conversations", generated.GetProperty("token").GetString());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, full.StatusCode);
        Assert.InRange(full.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 5 * 60, 6 * 60);
    }

    private static async Task<(string ConversationId, string Token, string StreamUrl)> StartAsync(ChatHost host)
    {
        var generated = await (await host.Http.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", ChatHost.Secret)).JsonAsync();
        var started = await (await host.Http.SendAsync(HttpMethod.Post, "v3/directline/conversations",
            generated.GetProperty("token").GetString())).JsonAsync(HttpStatusCode.Created);
        return (started.GetProperty("conversationId").GetString()!, started.GetProperty("token").GetString()!,
            started.GetProperty("streamUrl").GetString()!);
    }
}
