namespace CareerBot.BotFramework.Schema;

public sealed class MessageReaction
{
    public string? Type { get; set; }
}
