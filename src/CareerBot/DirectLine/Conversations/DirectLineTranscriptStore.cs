using CareerBot.BotFramework.State;

namespace CareerBot.DirectLine.Conversations;

/// <summary>The Direct Line activity logs as a transcript store: "forget me" empties the conversation's log.</summary>
public sealed class DirectLineTranscriptStore(IConversationBackplane conversations) : ITranscriptStore
{
    public Task DeleteTranscriptAsync(string channelId, string conversationId, CancellationToken cancellationToken = default) =>
        channelId == DirectLineActivities.ChannelId ? conversations.EraseAsync(conversationId) : Task.CompletedTask;
}
