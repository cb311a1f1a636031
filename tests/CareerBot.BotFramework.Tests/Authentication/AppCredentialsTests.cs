using System.Net;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Tests.Fakes;
using Microsoft.Identity.Client;

namespace CareerBot.BotFramework.Tests.Authentication;

/// <summary>Outbound client-credentials tokens come from a local fake Entra ID token endpoint.</summary>
public sealed class AppCredentialsTests : IDisposable
{
    private readonly StubHttpHandler _entra;
    private int _expiresInSeconds = 3600;
    private int _issued;

    public AppCredentialsTests() => _entra = new StubHttpHandler(Answer);

    public void Dispose() => _entra.Dispose();

    [Fact]
    public async Task The_token_is_requested_once_and_reused_until_it_expires()
    {
        var credentials = Credentials();

        var first = await credentials.GetTokenAsync();
        var second = await credentials.GetTokenAsync();

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", second);
        Assert.Equal(1, TokenRequests());
    }

    [Fact]
    public async Task An_expiring_token_is_replaced_by_a_new_one()
    {
        _expiresInSeconds = 1;
        var credentials = Credentials();

        var first = await credentials.GetTokenAsync();
        var second = await credentials.GetTokenAsync();

        Assert.Equal("token-1", first);
        Assert.Equal("token-2", second);
        Assert.Equal(2, TokenRequests());
    }

    [Fact]
    public async Task The_token_request_uses_client_credentials_for_the_bot_framework_scope()
    {
        await Credentials().GetTokenAsync();

        var request = _entra.Requests.Single(r => r.RawPath.EndsWith("/token", StringComparison.Ordinal));
        Assert.Contains("grant_type=client_credentials", request.Body);
        Assert.Contains("client_id=app-id", request.Body);
        Assert.Contains(Uri.EscapeDataString(MsalAppCredentials.BotFrameworkScope), request.Body);
        Assert.Contains("/botframework.com/", request.Url);
    }

    private MsalAppCredentials Credentials() =>
        new("app-id", "app-secret", httpClientFactory: new MsalHttpClients(new HttpClient(_entra, disposeHandler: false)));

    private int TokenRequests() => _entra.Requests.Count(r => r.RawPath.EndsWith("/token", StringComparison.Ordinal));

    private HttpResponseMessage Answer(HttpRequestMessage request, int index)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (path.EndsWith("/token", StringComparison.Ordinal))
        {
            var n = Interlocked.Increment(ref _issued);
            return StubHttpHandler.Json(HttpStatusCode.OK, new JsonObject
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = _expiresInSeconds,
                ["access_token"] = $"token-{n}",
            }.ToJsonString());
        }

        // Instance discovery: "this authority is a known Entra ID cloud".
        var host = request.RequestUri.Host;
        return StubHttpHandler.Json(HttpStatusCode.OK, new JsonObject
        {
            ["tenant_discovery_endpoint"] = $"https://{host}/botframework.com/v2.0/.well-known/openid-configuration",
            ["api-version"] = "1.1",
            ["metadata"] = new JsonArray(new JsonObject
            {
                ["preferred_network"] = host,
                ["preferred_cache"] = host,
                ["aliases"] = new JsonArray(host),
            }),
        }.ToJsonString());
    }

    private sealed class MsalHttpClients(HttpClient client) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => client;
    }
}
