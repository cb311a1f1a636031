using CareerBot.Tests.WebChat;
using Microsoft.Playwright;

namespace CareerBot.Browser.Tests;

/// <summary>One real CareerBot host and one Chromium for all browser tests; each test gets its own browser context
/// (its own session storage, so its own conversation).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The one school site the test host allows to embed the chat.</summary>
    public const string AllowedSchool = "http://maple-ridge-school.localhost";

    private IPlaywright? _playwright;

    public CareerBotServer Server { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await CareerBotServer.StartAsync(new Dictionary<string, string?> { ["Embed:AllowedOrigins:0"] = AllowedSchool });
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 720)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
