using Microsoft.Extensions.Hosting;

namespace CareerBot.DirectLine.Conversations;

/// <summary>Drops idle conversations once a minute so memory stays bounded.</summary>
public sealed class ConversationSweeper(ConversationStore store, TimeProvider clock) : BackgroundService
{
    /// <summary>How often idle conversations are looked for.</summary>
    public static TimeSpan Period { get; } = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            store.RemoveIdle();
        }
    }
}
