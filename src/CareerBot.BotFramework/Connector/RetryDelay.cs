using System.Net;
using System.Net.Http.Headers;

namespace CareerBot.BotFramework.Connector;

/// <summary>Decides whether and how long to wait before retrying a connector call.</summary>
internal static class RetryDelay
{
    public static bool IsRetryable(HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>The channel's Retry-After when it sent one, else exponential backoff; null when it asks for too long a wait.</summary>
    public static TimeSpan? For(HttpResponseMessage response, int attempt, ConnectorOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var requested = FromHeader(response.Headers.RetryAfter, now);
        var delay = requested ?? options.BaseRetryDelay * Math.Pow(2, attempt - 1);
        if (delay < TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
        }

        return delay > options.MaxRetryDelay ? null : delay;
    }

    private static TimeSpan? FromHeader(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - now,
        _ => null,
    };
}
