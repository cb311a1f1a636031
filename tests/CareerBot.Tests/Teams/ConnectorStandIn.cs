using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.Teams;

/// <summary>
/// A stand-in for the Bot Connector Teams gives a bot (its serviceUrl), on a loopback port: it takes every activity the
/// bot posts to a conversation and keeps it, with the conversation id from the path, for the test to read.
/// </summary>
public sealed class ConnectorStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Posted> _posted = new();

    private ConnectorStandIn(WebApplication app, string url)
    {
        _app = app;
        ServiceUrl = url;
    }

    /// <summary>The address to give the bot as a serviceUrl, ending in "/".</summary>
    public string ServiceUrl { get; }

    public IReadOnlyCollection<Posted> Posted => _posted;

    public static async Task<ConnectorStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        ConnectorStandIn? standIn = null;
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", async (HttpContext http, string conversationId) =>
        {
            var body = JsonNode.Parse(await new StreamReader(http.Request.Body).ReadToEndAsync())!.AsObject();
            standIn!._posted.Enqueue(new Posted(Uri.UnescapeDataString(conversationId), body, http.Request.Headers.Authorization.ToString()));
            return Results.Json(new { id = "1:" + Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        standIn = new ConnectorStandIn(app, address.TrimEnd('/') + "/");
        return standIn;
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
