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

    [Fact]
    public async Task Without_an_app_id_remote_listening_needs_an_explicit_opt_in()
    {
        await using var host = await BotHost.StartAsync(null, new Dictionary<string, string?>
        {
            ["Host:Urls"] = "http://0.0.0.0:0",
            ["Host:AllowRemote"] = "true",
        });

        Assert.Equal("0.0.0.0", host.Address.Host);
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
