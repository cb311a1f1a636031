using System.Net.Http.Headers;
using System.Text.Json;
using CareerBot.Tests.WebChat;

namespace CareerBot.Tests.Host;

/// <summary>X-Forwarded-* are believed from the configured proxy only: behind TLS the stream is wss://, spoofed headers change nothing.</summary>
public sealed class TrustedProxyTests
{
    private const string SchoolHost = "chat.example-school.ca";

    [Fact]
    public async Task Behind_a_trusted_tls_proxy_the_stream_url_is_wss_on_the_public_host_and_hsts_is_sent()
    {
        await using var server = await CareerBotServer.StartAsync(new Dictionary<string, string?> { ["Host:TrustedProxies:0"] = "127.0.0.1" });

        var (streamUrl, response) = await StartConversationAsync(server);

        Assert.StartsWith($"wss://{SchoolHost}/v3/directline/conversations/", streamUrl, StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_same_headers_from_an_untrusted_address_are_ignored()
    {
        await using var server = await CareerBotServer.StartAsync(new Dictionary<string, string?> { ["Host:TrustedProxies:0"] = "10.1.2.3" });

        var (streamUrl, response) = await StartConversationAsync(server);

        Assert.StartsWith($"ws://{server.Address.Authority}/", streamUrl, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_rate_limits_count_each_student_by_their_own_address()
    {
        await using var server = await CareerBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Host:TrustedProxies:0"] = "127.0.0.0/8",
            ["RateLimits:TokensPerClientPerMinute"] = "1",
        });

        Assert.Equal(200, await TokenStatusAsync(server, "203.0.113.7"));
        Assert.Equal(429, await TokenStatusAsync(server, "203.0.113.7"));
        Assert.Equal(200, await TokenStatusAsync(server, "198.51.100.20"));
    }

    private static async Task<int> TokenStatusAsync(CareerBotServer server, string client)
    {
        // The page's own token endpoint: the one a student's browser calls, limited per client address.
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/webchat/token");
        request.Headers.Add("X-Forwarded-For", client);
        using var response = await server.Http.SendAsync(request);
        return (int)response.StatusCode;
    }

    private static async Task<(string StreamUrl, HttpResponseMessage Response)> StartConversationAsync(CareerBotServer server)
    {
        using var generate = new HttpRequestMessage(HttpMethod.Post, "v3/directline/tokens/generate");
        generate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", CareerBotServer.Secret);
        using var generated = await server.Http.SendAsync(generate);
        var token = JsonDocument.Parse(await generated.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString();

        var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        start.Headers.Add("X-Forwarded-Proto", "https");
        start.Headers.Add("X-Forwarded-Host", SchoolHost);
        start.Headers.Add("X-Forwarded-For", "203.0.113.7");
        var response = await server.Http.SendAsync(start);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (body.GetProperty("streamUrl").GetString()!, response);
    }
}
