namespace CareerBot.DirectLine.RateLimiting;

/// <summary>The "RateLimits" section: fixed one-minute windows, per client IP and per conversation.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>All Direct Line and web chat token requests from one IP address (the page's polling and reconnects included).</summary>
    public int RequestsPerClientPerMinute { get; set; } = 300;

    /// <summary>New anonymous web chat conversations (token requests) from one IP address; a school behind one NAT shares it.</summary>
    public int TokensPerClientPerMinute { get; set; } = 30;

    /// <summary>Activities a conversation may post.</summary>
    public int MessagesPerConversationPerMinute { get; set; } = 30;
}
