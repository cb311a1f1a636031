namespace CareerBot.Web;

/// <summary>
/// Headers every response carries, the API's and the page's alike: no content sniffing, no referrer to other sites,
/// no camera, microphone or location for anything this host serves, and HSTS once the request came over https.
/// The page adds its Content-Security-Policy on top (<see cref="WebChat.WebChatSecurityHeaders"/>).
/// </summary>
public static class SecurityHeaders
{
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                if (http.Request.IsHttps)
                {
                    headers.StrictTransportSecurity = "max-age=31536000";
                }

                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }
}
