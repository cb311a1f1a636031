namespace CareerBot.Tests.Advisor.Infrastructure;

/// <summary>One student talking to the bot, whichever path the messages take (Bot Connector or Direct Line).</summary>
public interface IStudentChat
{
    string UserId { get; }

    /// <summary>Sends a message and returns the bot's messages in reply.</summary>
    Task<BotReplies> SendAsync(string text, string locale = "en-US");
}
