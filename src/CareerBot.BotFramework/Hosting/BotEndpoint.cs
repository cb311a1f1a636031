namespace CareerBot.BotFramework.Hosting;

/// <summary>
/// The address a channel reached the bot at (scheme, host and path base of its POST, as the trusted proxies forwarded
/// it), kept in the turn state so replies can point at what the bot itself serves, such as pictures.
/// </summary>
public sealed record BotEndpoint(Uri Address);
