using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CareerBot.Tests.Teams;

/// <summary>
/// A stand-in for the Bot Connector Teams gives a bot (its serviceUrl), on a loopback port: it takes every activity the
/// bot posts to a conversation and keeps it, with the conversation id from the path, for the test to read.
/// </summary>
public sealed class ConnectorStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Posted> _posted;

    private ConnectorStandIn(WebApplication app, string url, ConcurrentQueue<Posted> posted)
    {
        _app = app;
        ServiceUrl = url;
        _posted = posted;
    }

    /// <summary>The address to give the bot as a serviceUrl, ending in "/".</summary>
    public string ServiceUrl { get; }

    public IReadOnlyCollection<Posted> Posted => _posted;

    public static async Task<ConnectorStandIn> StartAsync()
    {
        var posted = new ConcurrentQueue<Posted>();
        var (app, address) = await LoopbackApp.StartAsync(app =>
            app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", async (HttpContext http, string conversationId) =>
            {
                var body = JsonNode.Parse(await new StreamReader(http.Request.Body).ReadToEndAsync())!.AsObject();
                posted.Enqueue(new Posted(Uri.UnescapeDataString(conversationId), body, http.Request.Headers.Authorization.ToString()));
                return Results.Json(new { id = "1:" + Guid.NewGuid().ToString("N") });
            }));
        return new ConnectorStandIn(app, address + "/", posted);
    }

    /// <summary>The first activity posted to <paramref name="conversationId"/> that <paramref name="matches"/>, waiting up to 30 seconds.</summary>
    public async Task<JsonObject> WaitForAsync(string conversationId, Func<JsonObject, bool>? matches = null)
    {
        for (var waited = 0; waited < 30_000; waited += 50)
        {
            if (_posted.FirstOrDefault(p => p.ConversationId == conversationId && (matches?.Invoke(p.Activity) ?? true)) is { } found)
            {
                return found.Activity;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Nothing was posted to {conversationId} in 30 seconds ({_posted.Count} posts to others).");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>One activity the bot posted: to which conversation, and with which Authorization header.</summary>
public sealed record Posted(string ConversationId, JsonObject Activity, string Authorization);
