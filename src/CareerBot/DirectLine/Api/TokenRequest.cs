using CareerBot.BotFramework.Schema;

namespace CareerBot.DirectLine.Api;

/// <summary>The optional body of tokens/generate and of starting a conversation with the secret.</summary>
public sealed record TokenRequest(ChannelAccount? User, string? Locale = null);
