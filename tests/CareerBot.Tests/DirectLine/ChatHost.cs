using CareerBot.BotFramework.Turns;
using CareerBot.DirectLine;
using CareerBot.WebChat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.DirectLine;

/// <summary>A real Kestrel host on a loopback port with Direct Line, the web chat page and the echo bot, wired as Program.cs will.</summary>
public sealed class ChatHost : IAsyncDisposable
{
    public const string Secret = "test-secret-0123456789";

    private readonly WebApplication _app;

    private ChatHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Http = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }
    public HttpClient Http { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<ChatHost> StartAsync(
        IDictionary<string, string?>? settings = null, TimeProvider? clock = null, CareerBot.BotFramework.Storage.IStorage? storage = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:KeepAliveSeconds"] = "1",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        if (storage is not null)
        {
            builder.Services.AddSingleton(storage);
        }

        builder.Services.AddTransient<IBot, EchoBot>();
        builder.Services.AddDirectLine();
        builder.Services.AddWebChat();

        var app = builder.Build();
        app.MapDirectLine();
        app.MapWebChat();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new ChatHost(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
