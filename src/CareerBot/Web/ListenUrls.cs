using System.Net;
using CareerBot.Options;
using Microsoft.AspNetCore.Http;

namespace CareerBot.Web;

/// <summary>Decides the listen URLs: as configured, but loopback only while authentication is off (unless AllowRemote).</summary>
internal static class ListenUrls
{
    public static string[] Resolve(HostingOptions hosting, bool authenticationEnabled, out bool narrowedToLoopback)
    {
        ArgumentNullException.ThrowIfNull(hosting);
        var urls = (string.IsNullOrWhiteSpace(hosting.Urls) ? HostingOptions.DefaultUrls : hosting.Urls)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        narrowedToLoopback = false;
        if (authenticationEnabled || hosting.AllowRemote)
        {
            return urls;
        }

        var result = new List<string>();
        foreach (var url in urls)
        {
            var address = BindingAddress.Parse(url);
            if (IsLoopback(address.Host))
            {
                result.Add(url);
            }
            else
            {
                narrowedToLoopback = true;
                // Kestrel cannot bind "localhost" to a dynamic port (0), so that case takes the IPv4 loopback.
                var loopback = address.Port == 0 ? "127.0.0.1" : "localhost";
                result.Add($"{address.Scheme}://{loopback}:{address.Port}");
            }
        }

        return result.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
