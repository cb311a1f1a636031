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

    public MsalAppCredentials(string appId, string appPassword, string? tenantId = null, string scope = BotFrameworkScope)
    {
        ArgumentException.ThrowIfNullOrEmpty(appId);
        ArgumentException.ThrowIfNullOrEmpty(appPassword);
        var tenant = string.IsNullOrWhiteSpace(tenantId) ? DefaultTenant : tenantId;
        _application = ConfidentialClientApplicationBuilder.Create(appId)
            .WithClientSecret(appPassword)
            .WithAuthority($"https://login.microsoftonline.com/{tenant}")
            .Build();
        _scopes = [scope];
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        var result = await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
