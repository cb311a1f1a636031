using CareerBot.BotFramework.State;

namespace CareerBot.DirectLine.Conversations;

/// <summary>The Direct Line activity logs as a transcript store: "forget me" empties the conversation's log.</summary>
public sealed class DirectLineTranscriptStore(ConversationStore store) : ITranscriptStore
{
    public Task DeleteTranscriptAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        if (channelId == DirectLineActivities.ChannelId && store.Find(conversationId) is { } conversation)
        {
            conversation.Erase();
        }

        return Task.CompletedTask;
    }
}
