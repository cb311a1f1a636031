using CareerBot.BotFramework.Hosting;
using CareerBot.DirectLine.Conversations.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine.Conversations;

/// <summary>/healthz waits for Redis when the conversations live there; the embedded backplane is always ready.</summary>
public sealed class BackplaneReadiness(IOptions<DirectLineOptions> options, IServiceProvider services) : IReadinessCheck
{
    public string Name => "directline";

    public bool IsReady =>
        options.Value.Backplane != BackplaneKind.Redis || services.GetRequiredService<RedisConnection>().IsReady;
}
