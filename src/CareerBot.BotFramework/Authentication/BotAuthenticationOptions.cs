namespace CareerBot.BotFramework.Authentication;

/// <summary>Inbound token validation settings; with no app id, authentication is off.</summary>
public sealed class BotAuthenticationOptions
{
    public const string HttpClientName = "BotOpenIdMetadata";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultEmulatorOpenIdMetadataUrl =
        "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;
    public string EmulatorOpenIdMetadataUrl { get; set; } = DefaultEmulatorOpenIdMetadataUrl;

    /// <summary>Whether emulator tokens (issued by Microsoft Entra ID for the bot's own app id) are accepted.</summary>
    public bool AllowEmulatorTokens { get; set; } = true;

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long fetched signing keys are trusted before they are fetched again.</summary>
    public TimeSpan SigningKeyLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>An unknown key id triggers a refetch, at most this often (so bad tokens cannot hammer the metadata host).</summary>
    public TimeSpan MinimumRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Tests point the metadata at a local http endpoint; production metadata is https only.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
