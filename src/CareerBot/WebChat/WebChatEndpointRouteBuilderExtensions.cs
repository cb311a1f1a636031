using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace CareerBot.WebChat;

public static class WebChatEndpointRouteBuilderExtensions
{
    /// <summary>Maps the chat page at /, the embed script at /embed.js, the sample school page at /embed-demo.html,
    /// and the page's static files (Web Chat itself included) under /webchat.</summary>
    public static WebApplication MapWebChat(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseFriendlyErrorPages();
        if (Directory.Exists(WebChatAssets.PublicRoot))
        {
            app.UseWhen(http => http.Request.Path.StartsWithSegments("/webchat", StringComparison.OrdinalIgnoreCase),
                branch => branch.UseResponseCompression().UseStaticFiles(new StaticFileOptions
                {
                    FileProvider = new PhysicalFileProvider(WebChatAssets.PublicRoot),
                    RequestPath = "/webchat",
                    OnPrepareResponse = file =>
                    {
                        // Revalidated after an hour (ETag), so an upgrade of Web Chat reaches students the same day.
                        file.Context.Response.Headers.CacheControl = "public, max-age=3600";
                    },
                }));
        }

        app.MapGet("/", (HttpContext http, WebChatPage page, IOptions<EmbedOptions> embed) =>
        {
            WebChatSecurityHeaders.Apply(http, embed.Value);
            http.Response.Headers.CacheControl = "no-cache";
            var embedded = http.Request.Query["embed"] == "1";
            return Results.Content(page.Render(embedded), "text/html; charset=utf-8");
        });

        app.MapGet(Rendering.SalaryRangeChart.Path, (long? low, long? median, long? high, HttpContext http) =>
        {
            if (Rendering.SalaryRangeChart.Png(low ?? 0, median ?? 0, high ?? 0) is not { } png)
            {
                return Results.Problem("low, median and high must be whole amounts with low ≤ median ≤ high.", statusCode: StatusCodes.Status400BadRequest);
            }

            // Drawn from its address alone: the same address is the same picture for a day.
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.File(png, "image/png");
        });

        app.MapGet("/embed.js", (HttpContext http) =>
        {
            // Loaded by other sites' pages: cacheable for a few minutes and readable cross-origin.
            http.Response.Headers.CacheControl = "public, max-age=300";
            http.Response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
            return Results.File(WebChatAssets.PublicFile("embed.js"), "text/javascript; charset=utf-8");
        });

        // The same speech bubble as the Teams icon, so browser tabs and bookmarks show CareerBot's mark.
        var favicon = Teams.TeamsIcons.Color(Teams.TeamsAppSettings.DefaultAccent);
        app.MapGet("/favicon.ico", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Bytes(favicon, "image/png");
        });

        app.MapGet("/embed-demo.html", (HttpContext http, IOptions<EmbedOptions> embed) =>
        {
            WebChatSecurityHeaders.Apply(http, embed.Value);
            return Results.File(WebChatAssets.PublicFile("embed-demo.html"), "text/html; charset=utf-8");
        });
        return app;
    }
}
