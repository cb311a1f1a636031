using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.DirectLine.Conversations;

/// <summary>Drops idle conversations once a minute so memory and storage stay bounded.</summary>
public sealed class ConversationSweeper(IConversationBackplane conversations, TimeProvider clock, ILogger<ConversationSweeper> logger)
    : BackgroundService
{
    /// <summary>How often idle conversations are looked for.</summary>
    public static TimeSpan Period { get; } = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await conversations.RemoveIdleAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed sweep (Redis unreachable, say) is tried again next period; it must not stop the host.
                logger.LogError(ex, "Idle Direct Line conversations could not be swept");
            }
        }
    }
}
