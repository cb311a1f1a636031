namespace CareerBot.BotFramework.State;

/// <summary>
/// Where a channel keeps the messages of a conversation (the Direct Line activity log, for one). "Forget me" asks
/// every store registered to delete the conversation's transcript, as it deletes the state.
/// </summary>
public interface ITranscriptStore
{
    /// <summary>Deletes what is kept of this conversation, if this store keeps it; does nothing otherwise.</summary>
    Task DeleteTranscriptAsync(string channelId, string conversationId, CancellationToken cancellationToken = default);
}
