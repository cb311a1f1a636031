using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace CareerBot.Tests.DirectLine;

/// <summary>A Direct Line stream as a client reads it: connect to the streamUrl, read ActivitySets.</summary>
public static class StreamSocket
{
    public static async Task<ClientWebSocket> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return socket;
    }

    /// <summary>The next non-empty ActivitySet (keep-alives skipped).</summary>
    public static async Task<JsonElement> NextSetAsync(WebSocket socket)
    {
        while (true)
        {
            var (text, _) = await ReceiveAsync(socket);
            if (text.Length > 0)
            {
                return JsonDocument.Parse(text).RootElement.Clone();
            }
        }
    }

    public static async Task<(string Text, WebSocketMessageType Type)> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20)); // a hang guard, not a speed check
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return (Encoding.UTF8.GetString(message.ToArray()), result.MessageType);
    }

    public static string[] Texts(JsonElement set) => set.Texts();
}
