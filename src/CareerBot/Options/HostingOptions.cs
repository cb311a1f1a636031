namespace CareerBot.Options;

/// <summary>The "Host" section: where the server listens.</summary>
public sealed class HostingOptions
{
    public const string SectionName = "Host";
    public const string DefaultUrls = "http://localhost:3978";

    /// <summary>Semicolon-separated listen URLs.</summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>Without an app id anyone who can reach the port can talk as any user, so non-loopback needs this opt-in.</summary>
    public bool AllowRemote { get; set; }

    /// <summary>
    /// Addresses of the reverse proxies in front of CareerBot ("10.0.0.5", or a network "10.0.0.0/24"). Their
    /// X-Forwarded-For, -Proto and -Host are believed; from anyone else they are ignored. Empty: none are.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];
}
