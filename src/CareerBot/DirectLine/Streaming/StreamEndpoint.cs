using System.Net.WebSockets;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Api;
using CareerBot.DirectLine.Conversations;
using CareerBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine.Streaming;

/// <summary>The WebSocket behind <c>streamUrl</c>: pushes ActivitySet JSON, and an empty message as keep-alive.</summary>
public static class StreamEndpoint
{
    public static async Task<IResult> StreamAsync(
        string conversationId, string? watermark, HttpContext http, IConversationBackplane conversations, DirectLineTokenService tokens,
        IOptions<DirectLineOptions> options, IHostApplicationLifetime lifetime, StreamCounter streams)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineError.BadArgument("The stream URL takes a WebSocket connection.");
        }

        var (conversation, _, failure) = await ActivityEndpoints.AuthorizeAsync(
            conversationId, http.Request, conversations, tokens, options.Value.Secret, allowQueryToken: true);
        if (conversation is null)
        {
            return failure!;
        }

        if (!DirectLineRequests.TryParseWatermark(watermark, out var mark))
        {
            return DirectLineError.BadArgument("The watermark must be a number.");
        }

        if (conversations.StreamCount(conversationId) >= options.Value.MaxStreamsPerConversation)
        {
            return TooManyStreams($"This conversation already has {options.Value.MaxStreamsPerConversation} open streams; close one first.");
        }

        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!streams.TryOpen(client, options.Value.MaxStreamsPerClient))
        {
            return TooManyStreams($"This address already has {options.Value.MaxStreamsPerClient} open streams; close some first.");
        }

        try
        {
            return await StreamOpenAsync(http, conversations, conversation.Id, mark, options.Value, lifetime);
        }
        finally
        {
            streams.Close(client);
        }
    }

    /// <summary>A refused stream: the client may retry once one of its streams has closed.</summary>
    private static IResult TooManyStreams(string message) => new RetryAfterResult(
        DirectLineError.Result(StatusCodes.Status429TooManyRequests, DirectLineErrorCodes.TooManyRequests, message), 5);

    private static async Task<IResult> StreamOpenAsync(
        HttpContext http, IConversationBackplane conversations, string conversationId, long? mark, DirectLineOptions options,
        IHostApplicationLifetime lifetime)
    {
        if (await conversations.SubscribeAsync(conversationId, mark) is not { } subscriber)
        {
            return DirectLineError.NotFound();
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            using var socket = await http.WebSockets.AcceptWebSocketAsync();
            var receiving = DrainClientAsync(socket, stop);
            try
            {
                await SendAsync(socket, subscriber, TimeSpan.FromSeconds(Math.Max(1, options.KeepAliveSeconds)), stop.Token);
            }
            catch (OperationCanceledException)
            {
                // the client closed (seen by the drain loop) or the server is stopping
            }

            await CloseQuietlyAsync(socket);
            stop.CancelAfter(TimeSpan.FromSeconds(2));
            await receiving;
        }
        catch (WebSocketException)
        {
            // The connection broke: the client reconnects with its watermark.
        }
        finally
        {
            conversations.Unsubscribe(conversationId, subscriber);
        }

        return Results.Empty;
    }

    private static async Task SendAsync(WebSocket socket, ActivitySubscriber subscriber, TimeSpan keepAlive, CancellationToken cancellationToken)
    {
        while (socket.State == WebSocketState.Open && !cancellationToken.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(keepAlive);
            bool more;
            try
            {
                more = await subscriber.Reader.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, cancellationToken);
                continue;
            }

            if (!more)
            {
                return; // the conversation expired or this listener fell too far behind
            }

            while (subscriber.Reader.TryRead(out var set))
            {
                var json = JsonSerializer.SerializeToUtf8Bytes(set, BotJson.Options);
                await socket.SendAsync(json, WebSocketMessageType.Text, true, cancellationToken);
            }
        }
    }

    /// <summary>Reads (and ignores) what the client sends, such as directlinejs's empty pings, until it closes.</summary>
    private static async Task DrainClientAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // closed under us
        }

        await stop.CancelAsync();
    }

    private static async Task CloseQuietlyAsync(WebSocket socket)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "stream ended", timeout.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                // the peer is already gone
            }
        }
    }
}
