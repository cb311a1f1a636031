using CareerBot.DirectLine.Api;
using CareerBot.DirectLine.RateLimiting;
using CareerBot.DirectLine.Streaming;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CareerBot.DirectLine;

public static class DirectLineEndpointRouteBuilderExtensions
{
    /// <summary>Maps Direct Line 3.0 under /v3/directline and the page's token endpoint, and adds the WebSocket,
    /// CORS and rate-limiter middleware they need (so do not add those again).</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();

        var directLine = app.MapGroup("/v3/directline")
            .RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy)
            .WithTags("DirectLine");
        directLine.MapPost("/tokens/generate", TokenEndpoints.GenerateAsync);
        directLine.MapPost("/tokens/refresh", TokenEndpoints.Refresh);
        directLine.MapPost("/conversations", ConversationEndpoints.StartAsync);
        directLine.MapGet("/conversations/{conversationId}", ConversationEndpoints.ReconnectAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", ActivityEndpoints.GetAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", ActivityEndpoints.PostAsync)
            .RequireRateLimiting(DirectLineRateLimits.ConversationPolicy);
        directLine.MapGet("/conversations/{conversationId}/stream", StreamEndpoint.StreamAsync);

        app.MapPost(WebChatTokenEndpoint.Path, WebChatTokenEndpoint.Issue)
            .RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy)
            .RequireRateLimiting(DirectLineRateLimits.TokenPolicy);
        return app;
    }
}
