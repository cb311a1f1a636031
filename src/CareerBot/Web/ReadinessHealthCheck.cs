using CareerBot.BotFramework.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Web;

/// <summary>ASP.NET Core's health check over every registered <see cref="IReadinessCheck"/> (knowledge, storage, the
/// Redis backplane when it is used): healthy once all are ready, else unhealthy naming those still waiting.</summary>
internal sealed class ReadinessHealthCheck(IEnumerable<IReadinessCheck> checks) : IHealthCheck
{
    public const string WaitingKey = "waiting";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var waiting = checks.Where(c => !c.IsReady).Select(c => c.Name).ToArray();
        return Task.FromResult(waiting.Length == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy(data: new Dictionary<string, object> { [WaitingKey] = waiting }));
    }
}
