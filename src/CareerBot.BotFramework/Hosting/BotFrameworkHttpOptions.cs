namespace CareerBot.BotFramework.Hosting;

/// <summary>Limits the adapter applies to inbound requests before any bot code runs.</summary>
public sealed class BotFrameworkHttpOptions
{
    /// <summary>Bodies over this size get 413; real activities are a few KB and channels cap them well below this.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Message text over this many characters gets 413 (Teams caps messages at about 28 KB).</summary>
    public int MaxTextLength { get; set; } = 32_000;
}
