using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Turns;
using CareerBot.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace CareerBot.Tests.Host;

/// <summary>
/// The real host wiring (AddCareerBot + MapCareerBot, as Program.cs does) on Kestrel at 127.0.0.1:0, with settings
/// overrides and the <see cref="CountingBot"/> in place of the advisor, so tests see state through the bot's answers.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, Uri address, LogCapture logs)
    {
        _app = app;
        Address = address;
        Logs = logs;
        Http = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }
    public HttpClient Http { get; }
    public LogCapture Logs { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a host; <paramref name="sqlitePath"/> null means memory storage.</summary>
    public static async Task<BotHost> StartAsync(
        string? sqlitePath, IDictionary<string, string?>? settings = null, bool countingBot = true)
    {
        var root = ContentRootLocator.Locate();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = root, EnvironmentName = "Production" });
        var logs = new LogCapture();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Host:Urls"] = "http://127.0.0.1:0",
            ["Storage:Kind"] = sqlitePath is null ? "Memory" : "Sqlite",
            ["Storage:SqlitePath"] = sqlitePath,
            ["Bot:TypingDelayMilliseconds"] = "60000",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddCareerBot();
        if (countingBot)
        {
            builder.Services.AddSingleton<IBot, CountingBot>();
        }

        var app = builder.Build();
        app.MapCareerBot();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new BotHost(app, new Uri(address + "/"), logs);
    }

    /// <summary>Sends one expectReplies message and returns the texts of the replies.</summary>
    public async Task<string[]> SayAsync(string conversationId, string text, string userId = "student-1")
    {
        using var response = await Http.PostAsJsonAsync("api/messages", Activities.Message(conversationId, text, userId));
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["activities"]!.AsArray().Select(a => (string?)a!["text"]).OfType<string>().ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
