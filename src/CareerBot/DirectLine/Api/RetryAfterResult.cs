using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace CareerBot.DirectLine.Api;

/// <summary>An error answer that also says, in Retry-After, how many seconds to wait before trying again.</summary>
public sealed class RetryAfterResult(IResult inner, int seconds) : IResult
{
    public int Seconds { get; } = Math.Max(1, seconds);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers.RetryAfter = Seconds.ToString(CultureInfo.InvariantCulture);
        return inner.ExecuteAsync(httpContext);
    }
}
