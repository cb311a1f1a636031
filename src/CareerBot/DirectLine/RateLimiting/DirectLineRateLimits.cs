using System.Globalization;
using System.Threading.RateLimiting;
using CareerBot.DirectLine.Api;
using CareerBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
                ? RateLimitPartition.GetTokenBucketLimiter("ip:" + ClientKey(http), _ => PerMinute(limits.RequestsPerClientPerMinute))
                : RateLimitPartition.GetNoLimiter("unlimited"));

        limiter.AddPolicy(TokenPolicy, http =>
            RateLimitPartition.GetTokenBucketLimiter("token:" + ClientKey(http), _ => PerMinute(limits.TokensPerClientPerMinute)));

        // Only posts the conversation's own token (or the secret) may make count: 30 posts with no or a wrong token
        // must not lock the student out of their conversation (they get 401/403 from the endpoint instead).
        limiter.AddPolicy(ConversationPolicy, http =>
            http.Request.RouteValues.TryGetValue("conversationId", out var id) && id is string conversationId
                && HttpMethods.IsPost(http.Request.Method) && MayPost(http, conversationId)
                ? RateLimitPartition.GetTokenBucketLimiter("conv:" + conversationId, _ => PerMinute(limits.MessagesPerConversationPerMinute))
                : RateLimitPartition.GetNoLimiter("not counted"));
    }

    private static bool MayPost(HttpContext http, string conversationId)
    {
        var secret = http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.Secret;
        var tokens = http.RequestServices.GetRequiredService<DirectLineTokenService>();
        var (caller, _) = DirectLineCaller.Authenticate(http.Request, secret, tokens);
        return caller?.MayUse(conversationId) == true;
    }

    private static bool IsChatPath(PathString path) =>
        path.StartsWithSegments("/v3/directline", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/api/webchat", StringComparison.OrdinalIgnoreCase);

    private static string ClientKey(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>
    /// N a minute as a bucket of N that refills one every 60/N seconds: a burst of N is fine, and a refused client is
    /// told exactly when the next one is free (a fixed window could only ever say "the whole window").
    /// </summary>
    private static TokenBucketRateLimiterOptions PerMinute(int permits) => new()
    {
        TokenLimit = Math.Max(1, permits),
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1) / Math.Max(1, permits),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var error = DirectLineError.Result(StatusCodes.Status429TooManyRequests, DirectLineErrorCodes.TooManyRequests,
            $"Too many requests; please wait {seconds} seconds and try again.");
        await error.ExecuteAsync(context.HttpContext);
    }
}
