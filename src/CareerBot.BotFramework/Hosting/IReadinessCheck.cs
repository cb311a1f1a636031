namespace CareerBot.BotFramework.Hosting;

/// <summary>A component that /healthz waits for (the knowledge index, the storage); register each one in DI.</summary>
public interface IReadinessCheck
{
    /// <summary>A short name for the health answer, e.g. "knowledge".</summary>
    string Name { get; }

    bool IsReady { get; }
}
