namespace CareerBot.BotFramework.Connector;

/// <summary>Supplies the bearer token the bot sends to the channel; null when the bot runs without an app id.</summary>
public interface IAppCredentials
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}
