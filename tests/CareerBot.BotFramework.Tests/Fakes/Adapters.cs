using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.BotFramework.Tests.Fakes;

internal static class Adapters
{
    public static BotFrameworkHttpAdapter Create(
        RecordingConnector connector, IChannelAuthenticator? authenticator = null, BotFrameworkHttpOptions? options = null) =>
        new(connector, authenticator ?? new DisabledChannelAuthenticator(), options ?? new BotFrameworkHttpOptions(),
            NullLogger<BotFrameworkHttpAdapter>.Instance);
}
