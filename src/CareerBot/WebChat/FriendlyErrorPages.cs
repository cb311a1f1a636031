using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CareerBot.WebChat;

/// <summary>A student who opens a wrong link, or arrives while the server is busy, sees a short page in plain words with
/// a way back to the chat, never a blank or framework error page. API callers keep their JSON errors.</summary>
public static class FriendlyErrorPages
{
    public static WebApplication UseFriendlyErrorPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStatusCodePages(context => WriteAsync(context.HttpContext));
        return app;
    }

    public static string Message(int statusCode) => statusCode switch
    {
        StatusCodes.Status404NotFound => "This page does not exist.",
        StatusCodes.Status429TooManyRequests => "Lots of students are chatting right now. Please wait a minute and try again.",
        >= 500 => "Something went wrong on our side. Please try again in a moment.",
        _ => "That did not work. Please go back to the chat.",
    };

    private static async Task WriteAsync(HttpContext http)
    {
        if (!WantsHtml(http.Request))
        {
            return;
        }

        var status = http.Response.StatusCode;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var message = WebUtility.HtmlEncode(Message(status));
        await http.Response.WriteAsync(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            "<title>CareerBot</title><link rel=\"stylesheet\" href=\"/webchat/chat.css\"></head><body class=\"standalone\">" +
            $"<main class=\"chat-main\"><h1>CareerBot</h1><p role=\"alert\">{message}</p><p><a href=\"/\">Back to the chat</a></p></main></body></html>");
    }

    // Only page loads: API calls and scripts keep their status without an HTML body.
    private static bool WantsHtml(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/v3", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
