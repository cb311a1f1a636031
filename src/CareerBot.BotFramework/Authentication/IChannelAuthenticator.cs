using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Authentication;

/// <summary>Decides whether an inbound request really comes from a Bot Framework channel (or the emulator).</summary>
public interface IChannelAuthenticator
{
    Task<ChannelAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default);
}
