using CareerBot.BotFramework.Authentication;

namespace CareerBot.Options;

/// <summary>The "Bot" section: the bot's Azure identity and how inbound tokens are checked. No app id = auth off.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
    public string OpenIdMetadataUrl { get; set; } = BotAuthenticationOptions.DefaultOpenIdMetadataUrl;
    public string EmulatorOpenIdMetadataUrl { get; set; } = BotAuthenticationOptions.DefaultEmulatorOpenIdMetadataUrl;
    public bool AllowEmulatorTokens { get; set; } = true;

    /// <summary>Only for tests with a local http metadata endpoint.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public int TypingDelayMilliseconds { get; set; } = 500;

    /// <summary>Without an app id, the origins replies may be POSTed to besides loopback (default: loopback only).</summary>
    public List<string> AllowedServiceUrls { get; set; } = [];

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
