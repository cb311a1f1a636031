using CareerBot.BotFramework.Schema;

namespace CareerBot.DirectLine.Conversations.Embedded;

/// <summary>A conversation as read back from storage: whose it is, when it was last used, its watermark and its kept log.</summary>
public sealed record ArchivedConversation(
    string Id, string UserId, DateTimeOffset LastUsed, long NextSeq, IReadOnlyList<(long Seq, Activity Activity)> Log);
