using Microsoft.Identity.Client;

namespace CareerBot.BotFramework.Connector;

/// <summary>
/// Client-credentials token for the Bot Connector (scope https://api.botframework.com/.default).
/// MSAL's in-memory app token cache returns the same token until shortly before it expires.
/// </summary>
public sealed class MsalAppCredentials : IAppCredentials
{
    public const string BotFrameworkScope = "https://api.botframework.com/.default";

    /// <summary>Multi-tenant bots get their channel token from the botframework.com tenant.</summary>
    public const string DefaultTenant = "botframework.com";

    private readonly IConfidentialClientApplication _application;
    private readonly string[] _scopes;

    /// <param name="httpClientFactory">Where MSAL sends its token requests; tests pass a local fake token endpoint.</param>
    public MsalAppCredentials(
        string appId, string appPassword, string? tenantId = null, string scope = BotFrameworkScope,
        IMsalHttpClientFactory? httpClientFactory = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(appId);
        ArgumentException.ThrowIfNullOrEmpty(appPassword);
        var tenant = string.IsNullOrWhiteSpace(tenantId) ? DefaultTenant : tenantId;
        var builder = ConfidentialClientApplicationBuilder.Create(appId)
            .WithClientSecret(appPassword)
            .WithAuthority($"https://login.microsoftonline.com/{tenant}");
        if (httpClientFactory is not null)
        {
            builder = builder.WithHttpClientFactory(httpClientFactory);
        }

        _application = builder.Build();
        _scopes = [scope];
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        var result = await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
