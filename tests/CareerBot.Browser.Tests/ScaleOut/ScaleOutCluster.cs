using CareerBot.BotFramework.Tests.Storage;
using CareerBot.Tests.Host;
using CareerBot.Tests.WebChat;
using Microsoft.Playwright;

namespace CareerBot.Browser.Tests.ScaleOut;

/// <summary>
/// The scale-out deployment of docs/deploy.md in miniature: three CareerBot processes sharing Redis (Direct Line) and
/// an Azure Blob container on Azurite (state) and one token key, behind a round-robin balancer, and a Chromium.
/// </summary>
public sealed class ScaleOutCluster : IAsyncLifetime
{
    private readonly RedisFixture _redis = new();
    private readonly AzuriteFixture _azurite = new();
    private IPlaywright? _playwright;

    public List<HostProcess> Hosts { get; } = [];
    public RoundRobinBalancer Balancer { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_redis.InitializeAsync(), _azurite.InitializeAsync());
        var settings = new Dictionary<string, string>
        {
            ["Storage:Kind"] = "Blob",
            ["Storage:BlobConnectionString"] = _azurite.ConnectionString,
            ["Storage:BlobContainer"] = "scale-out-" + Guid.NewGuid().ToString("N")[..8],
            ["DirectLine:Backplane"] = "redis",
            ["Redis:Configuration"] = _redis.Configuration,
            ["DirectLine:TokenSigningKey"] = "one-key-for-all-three-hosts-0123456789",
            ["RateLimits:RequestsPerClientPerMinute"] = "100000",
            ["RateLimits:TokensPerClientPerMinute"] = "1000",
            ["Bot:TypingDelayMilliseconds"] = "0",
        };

        // One after the other: three model trainings at once on two cores only make each start slower.
        for (var i = 0; i < 3; i++)
        {
            Hosts.Add(await HostProcess.StartAsync(settings));
        }

        Balancer = await RoundRobinBalancer.StartAsync([.. Hosts.Select(h => h.Address)]);
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Balancer.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Balancer is not null)
        {
            await Balancer.DisposeAsync();
        }

        foreach (var host in Hosts)
        {
            await host.DisposeAsync();
        }

        await _azurite.DisposeAsync();
        await _redis.DisposeAsync();
    }
}
