using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Storage;

namespace CareerBot.Web.Readiness;

/// <summary>Ready once the configured storage has answered its own readiness probe; probes in the background, never blocks /healthz.</summary>
internal sealed class StorageReadiness(IStorage storage, ILogger<StorageReadiness> logger) : IReadinessCheck
{
    private int _ready;
    private int _probing;

    public string Name => "storage";

    public bool IsReady
    {
        get
        {
            if (Volatile.Read(ref _ready) == 1)
            {
                return true;
            }

            if (Interlocked.Exchange(ref _probing, 1) == 0)
            {
                _ = ProbeAsync();
            }

            return false;
        }
    }

    private async Task ProbeAsync()
    {
        try
        {
            if (await storage.IsReadyAsync(CancellationToken.None).ConfigureAwait(false))
            {
                Volatile.Write(ref _ready, 1);
            }
            else
            {
                logger.LogWarning("Storage is not reachable yet");
            }
        }
        finally
        {
            Volatile.Write(ref _probing, 0);
        }
    }
}
