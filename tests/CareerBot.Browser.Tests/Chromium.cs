using Microsoft.Playwright;

namespace CareerBot.Browser.Tests;

/// <summary>Finds and starts the system's headless Chromium (Debian's package) through Playwright.</summary>
public static class Chromium
{
    public static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",

        // The tests' school pages are served by the browser itself, so Chromium takes them for public sites calling a
        // loopback server; a real school site and a public CareerBot host are both public, so this check never applies there.
        "--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessRespectPreflightResults",
    ];

    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromium-browser"];

    public static string ExecutablePath()
    {
        var configured = Environment.GetEnvironmentVariable("CAREERBOT_CHROMIUM");
        var path = !string.IsNullOrEmpty(configured) ? configured : Candidates.FirstOrDefault(File.Exists);
        if (path is null || !File.Exists(path))
        {
            throw new InvalidOperationException(
                "Chromium was not found (looked in " + string.Join(", ", Candidates) + "). The browser tests need Debian's " +
                "'chromium' package: run 'bash tests/tools/setup.sh' (it runs apt-get install chromium), or set CAREERBOT_CHROMIUM.");
        }

        return path;
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath(),
            Headless = true,
            Args = Flags,
            Timeout = 30_000,
        });
    }
}
