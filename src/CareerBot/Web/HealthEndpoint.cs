using CareerBot.BotFramework.Hosting;

namespace CareerBot.Web;

/// <summary>GET /healthz: 200 {"status":"ready"} once every registered readiness check is ready, else 503 naming the rest.</summary>
internal static class HealthEndpoint
{
    public static IResult Handle(IEnumerable<IReadinessCheck> checks)
    {
        var waiting = checks.Where(c => !c.IsReady).Select(c => c.Name).ToArray();
        return waiting.Length == 0
            ? Results.Json(new { status = "ready" })
            : Results.Json(new { status = "starting", waiting }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
