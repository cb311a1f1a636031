using CareerBot.BotFramework.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Host;

/// <summary>With no app id the bot runs without authentication, on loopback only, and says so when it starts.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Without_an_app_id_a_wildcard_listen_url_is_narrowed_to_loopback_and_the_start_up_log_says_auth_is_off()
    {
        await using var host = await BotHost.StartAsync(null, new Dictionary<string, string?> { ["Host:Urls"] = "http://0.0.0.0:0" });

        Assert.True(System.Net.IPAddress.IsLoopback(System.Net.IPAddress.Parse(host.Address.Host)), host.Address.ToString());
        Assert.IsType<DisabledChannelAuthenticator>(host.Services.GetRequiredService<IChannelAuthenticator>());
        Assert.Contains(host.Logs.Lines, l => l.Contains("authentication is OFF", StringComparison.Ordinal) && l.Contains("loopback", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://0.0.0.0:3978", false, false, "http://localhost:3978")]
    [InlineData("http://0.0.0.0:3978", false, true, "http://0.0.0.0:3978")]
    [InlineData("http://0.0.0.0:3978", true, false, "http://0.0.0.0:3978")]
    [InlineData("http://*:0", false, false, "http://127.0.0.1:0")]
    [InlineData("http://127.0.0.1:3978;http://[::1]:3978", false, false, "http://127.0.0.1:3978;http://[::1]:3978")]
    public void Remote_listening_needs_an_app_id_or_an_explicit_opt_in(string configured, bool appId, bool allowRemote, string expected)
    {
        // Resolved, not bound: tests only ever listen on loopback.
        var urls = CareerBot.Web.ListenUrls.Resolve(
            new CareerBot.Options.HostingOptions { Urls = configured, AllowRemote = allowRemote }, appId, out var narrowed);

        Assert.Equal(expected, string.Join(";", urls));
        Assert.Equal(expected != configured, narrowed);
    }

    [Fact]
    public async Task With_an_app_id_requests_without_a_token_get_401()
    {
        await using var host = await BotHost.StartAsync(null, new Dictionary<string, string?>
        {
            ["Host:Urls"] = "http://127.0.0.1:0",
            ["Bot:MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["Bot:OpenIdMetadataUrl"] = "http://127.0.0.1:1/metadata",
        });

        using var response = await host.Http.PostAsync("api/messages", new StringContent(
            Activities.Message("auth", "hello").ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.IsType<JwtChannelAuthenticator>(host.Services.GetRequiredService<IChannelAuthenticator>());
        Assert.Contains(host.Logs.Lines, l => l.Contains("channel authentication is on", StringComparison.Ordinal));
    }
}
