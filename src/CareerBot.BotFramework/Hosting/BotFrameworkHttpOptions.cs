namespace CareerBot.BotFramework.Hosting;

/// <summary>Limits the adapter applies to inbound requests before any bot code runs.</summary>
public sealed class BotFrameworkHttpOptions
{
    /// <summary>Bodies over this size get 413; real activities are a few KB and channels cap them well below this.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Message text over this many characters gets 413 (Teams caps messages at about 28 KB).</summary>
    public int MaxTextLength { get; set; } = 32_000;

    /// <summary>
    /// Where replies to activities that came without a verified token may go, besides loopback: origins such as
    /// "https://channel.example.org". An open bot must not be a way to make this host POST anywhere on the net.
    /// </summary>
    public IReadOnlyList<string> AllowedServiceUrls { get; set; } = [];

    /// <summary>True for a loopback serviceUrl and for one whose origin is in <see cref="AllowedServiceUrls"/>.</summary>
    public bool IsAllowedWithoutToken(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (uri.IsLoopback)
        {
            return true;
        }

        var origin = uri.GetLeftPart(UriPartial.Authority);
        return AllowedServiceUrls.Any(allowed => Uri.TryCreate(allowed, UriKind.Absolute, out var a)
            && string.Equals(a.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase));
    }
}
