using System.Security.Claims;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Authentication;

/// <summary>No app id configured: every request is accepted (the host then listens on loopback only).</summary>
public sealed class DisabledChannelAuthenticator : IChannelAuthenticator
{
    public Task<ChannelAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default) =>
        Task.FromResult(ChannelAuthenticationResult.Success(new ClaimsIdentity()));
}
