using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace CareerBot.Web;

/// <summary>
/// Believes X-Forwarded-For, -Proto and -Host from the configured proxies only (<c>Host:TrustedProxies</c>), so behind
/// TLS the page's token request works, <c>streamUrl</c> is wss://, and rate limits see the real client; the same
/// headers from anyone else change nothing.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IReadOnlyList<string> proxies)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(proxies);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor
                | ForwardedHeaders.XForwardedProto
                | ForwardedHeaders.XForwardedHost;

            // The framework trusts loopback by default; here only what the school configured is trusted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                if (TryParse(proxy, out var address, out var network))
                {
                    if (address is not null)
                    {
                        options.KnownProxies.Add(address);
                    }
                    else
                    {
                        options.KnownIPNetworks.Add(network!.Value);
                    }
                }
            }
        });
        return services;
    }

    /// <summary>Runs before everything else, so every later step sees the client's address and scheme.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count > 0 || options.KnownIPNetworks.Count > 0)
        {
            // With no proxy configured there is nothing to believe, so the step is left out of every request.
            app.UseForwardedHeaders();
        }

        return app;
    }

    /// <summary>An address ("10.0.0.5") or a network ("10.0.0.0/24").</summary>
    public static bool TryParse(string text, out IPAddress? address, out IPNetwork? network)
    {
        (address, network) = (null, null);
        if (IPAddress.TryParse(text, out var parsed) && !text.Contains('/', StringComparison.Ordinal))
        {
            address = parsed;
            return true;
        }

        if (IPNetwork.TryParse(text, out var range))
        {
            network = range;
            return true;
        }

        return false;
    }
}
