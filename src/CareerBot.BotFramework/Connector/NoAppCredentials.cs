namespace CareerBot.BotFramework.Connector;

/// <summary>No app id configured: replies go out without an Authorization header (emulator, local channels).</summary>
public sealed class NoAppCredentials : IAppCredentials
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}
