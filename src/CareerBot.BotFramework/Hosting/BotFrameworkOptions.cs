using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Connector;

namespace CareerBot.BotFramework.Hosting;

/// <summary>Everything <see cref="BotFrameworkServiceCollectionExtensions.AddBotFramework"/> needs, one group per concern.</summary>
public sealed class BotFrameworkOptions
{
    public BotAuthenticationOptions Authentication { get; } = new();
    public ConnectorOptions Connector { get; } = new();
    public BotFrameworkHttpOptions Http { get; } = new();

    /// <summary>The client secret for outbound tokens; with none, replies go out without a token.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>How long a message turn runs before the user sees "typing".</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Timeout of one connector call attempt.</summary>
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
