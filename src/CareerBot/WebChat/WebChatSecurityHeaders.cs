using Microsoft.AspNetCore.Http;

namespace CareerBot.WebChat;

/// <summary>
/// The page's Content-Security-Policy: everything from this host, framed only by the allowed school sites. The headers
/// every response carries (nosniff, Referrer-Policy, …) come from <see cref="Web.SecurityHeaders"/>.
/// </summary>
public static class WebChatSecurityHeaders
{
    public static void Apply(HttpContext http, EmbedOptions embed)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(embed);
        var host = http.Request.Host.ToUriComponent();
        var ancestors = string.Join(' ', ["'self'", .. ValidOrigins(embed.AllowedOrigins)]);
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
            $"media-src 'self' blob:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self' ws://{host} wss://{host}; " +
            $"object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors {ancestors}";
    }

    /// <summary>Only well-formed http(s) origins reach the header, so configuration cannot inject directives.</summary>
    public static IEnumerable<string> ValidOrigins(IEnumerable<string> origins) =>
        origins
            .Select(o => Uri.TryCreate(o.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.GetLeftPart(UriPartial.Authority) : null)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase);
}
