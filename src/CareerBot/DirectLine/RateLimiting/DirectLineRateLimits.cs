using System.Globalization;
using System.Threading.RateLimiting;
using CareerBot.DirectLine.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace CareerBot.DirectLine.RateLimiting;

/// <summary>Sets up ASP.NET Core's rate limiter for the Direct Line and web chat endpoints; rejections are JSON 429s with Retry-After.</summary>
public static class DirectLineRateLimits
{
    public const string TokenPolicy = "careerbot-token";
    public const string ConversationPolicy = "careerbot-conversation";

    public static void Configure(RateLimiterOptions limiter, RateLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(limits);
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = RejectAsync;

        // Only the chat endpoints are limited here; /api/messages and the static page are someone else's business.
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            IsChatPath(http.Request.Path)
                ? RateLimitPartition.GetFixedWindowLimiter("ip:" + ClientKey(http), _ => PerMinute(limits.RequestsPerClientPerMinute))
                : RateLimitPartition.GetNoLimiter("unlimited"));

        limiter.AddPolicy(TokenPolicy, http =>
            RateLimitPartition.GetFixedWindowLimiter("token:" + ClientKey(http), _ => PerMinute(limits.TokensPerClientPerMinute)));

        limiter.AddPolicy(ConversationPolicy, http =>
            http.Request.RouteValues.TryGetValue("conversationId", out var id) && HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter("conv:" + id, _ => PerMinute(limits.MessagesPerConversationPerMinute))
                : RateLimitPartition.GetNoLimiter("reads"));
    }

    private static bool IsChatPath(PathString path) =>
        path.StartsWithSegments("/v3/directline", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/api/webchat", StringComparison.OrdinalIgnoreCase);

    private static string ClientKey(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var error = DirectLineError.Result(StatusCodes.Status429TooManyRequests, DirectLineErrorCodes.TooManyRequests,
            $"Too many requests; please wait {seconds} seconds and try again.");
        await error.ExecuteAsync(context.HttpContext);
    }
}
