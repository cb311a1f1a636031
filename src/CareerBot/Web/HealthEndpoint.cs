using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Web;

/// <summary>GET /healthz through ASP.NET Core health checks: 200 {"status":"ready"} once every readiness check is ready,
/// else 503 {"status":"starting","waiting":[…]} naming the rest (the JSON load balancers and the bench scripts read).</summary>
internal static class HealthEndpoint
{
    public const string Path = "/healthz";

    public static HealthCheckOptions Options { get; } = new()
    {
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        ResponseWriter = WriteAsync,
    };

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        var waiting = report.Entries.Values
            .SelectMany(e => e.Data.TryGetValue(ReadinessHealthCheck.WaitingKey, out var names) ? (string[])names : [])
            .ToArray();
        return report.Status == HealthStatus.Unhealthy
            ? http.Response.WriteAsJsonAsync(new { status = "starting", waiting })
            : http.Response.WriteAsJsonAsync(new { status = "ready" });
    }
}
