using CareerBot.Tests.WebChat;

namespace CareerBot.Tests.Host;

/// <summary>Every response of the real host, page or API, success or error, carries the security headers and no Server header.</summary>
public sealed class SecurityHeaderTests : IAsyncLifetime
{
    private CareerBotServer _server = null!;

    public async Task InitializeAsync() => _server = await CareerBotServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("GET", "", 200)]
    [InlineData("GET", "healthz", 200)]
    [InlineData("GET", "embed.js", 200)]
    [InlineData("GET", "webchat/lib/webchat.js", 200)]
    [InlineData("GET", "no-such-page", 404)]
    [InlineData("POST", "api/messages", 400)]
    [InlineData("POST", "v3/directline/conversations", 401)]
    [InlineData("GET", "v3/directline/conversations/x/activities", 401)]
    public async Task Every_response_has_the_security_headers_and_no_server_header(string method, string path, int status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await _server.Http.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Single(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"), "no Server header");
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "no HSTS over plain http");
    }

    private static string Single(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content)
        : throw new Xunit.Sdk.XunitException($"{name} is missing on {response.RequestMessage?.RequestUri}");
}
