using System.Security.Claims;

namespace CareerBot.BotFramework.Authentication;

/// <summary>The outcome of inbound authentication; <see cref="Failure"/> says why (for logs, never shown to callers).</summary>
public sealed record ChannelAuthenticationResult(ClaimsIdentity? Identity, string? Failure)
{
    public bool IsAuthenticated => Failure is null;

    public static ChannelAuthenticationResult Success(ClaimsIdentity identity) => new(identity, null);

    public static ChannelAuthenticationResult Fail(string reason) => new(null, reason);
}
