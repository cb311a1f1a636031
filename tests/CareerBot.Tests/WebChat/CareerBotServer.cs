using CareerBot.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.WebChat;

/// <summary>The real CareerBot host (the real bot, knowledge and page, wired by AddCareerBot/MapCareerBot as Program.cs
/// does) on a free loopback port, with state in memory so tests leave nothing behind.</summary>
public sealed class CareerBotServer : IAsyncDisposable
{
    public const string Secret = "browser-and-client-tests-secret-0123";

    private readonly WebApplication _app;

    private CareerBotServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>A whole class of students behind one school address: the per-client limits raised so they do not meet them.</summary>
    public static IReadOnlyDictionary<string, string?> Classroom { get; } = new Dictionary<string, string?>
    {
        ["RateLimits:RequestsPerClientPerMinute"] = "100000",
        ["RateLimits:TokensPerClientPerMinute"] = "1000",
    };

    /// <summary>The base address, ending in "/".</summary>
    public Uri Address { get; }
    public HttpClient Http { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<CareerBotServer> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var root = RepositoryRoot();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = root, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Host:Urls"] = "http://127.0.0.1:0",
            ["Storage:Kind"] = "Memory",
            ["DirectLine:Secret"] = Secret,
            ["Bot:TypingDelayMilliseconds"] = "0",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        builder.AddCareerBot();
        var app = builder.Build();
        app.MapCareerBot();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new CareerBotServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>The folder holding CareerBot.sln, whose knowledge/ and appsettings.json the real host reads.</summary>
    public static string RepositoryRoot() => Testing.RepositoryRoot.Folder;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
