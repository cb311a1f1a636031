namespace CareerBot.Tests.Advisor.Infrastructure;

/// <summary>The way a test's messages reach the bot.</summary>
public enum StudentPath
{
    /// <summary>POST /api/messages with expectReplies, as a Bot Framework channel posts.</summary>
    Connector,

    /// <summary>Direct Line 3.0, as the web chat posts: a token, a conversation, the replies read from its log.</summary>
    DirectLine,
}
