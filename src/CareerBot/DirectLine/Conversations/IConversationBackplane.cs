using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Api;

namespace CareerBot.DirectLine.Conversations;

/// <summary>
/// The Direct Line conversations, their activity logs (ids <c>{conversationId}|{seq:D7}</c>, watermark = seq) and the
/// fan-out of new activities to open streams. Every call names the conversation by id, so any host may serve any call.
/// </summary>
public interface IConversationBackplane
{
    /// <summary>The conversation, if it lives; finding it does not keep it alive (a poller alone would, forever).</summary>
    Task<ConversationInfo?> FindAsync(string conversationId);

    /// <summary>Creates the conversation unless it exists (then touches it); null when no more conversations fit.</summary>
    Task<(ConversationInfo Conversation, bool Created)?> GetOrCreateAsync(string conversationId, string userId);

    /// <summary>Marks the conversation used now: the student posted, started or reconnected.</summary>
    Task TouchAsync(string conversationId);

    /// <summary>Gives the activity its id, logs it and pushes it to every stream; the id, or null when the conversation is gone.</summary>
    Task<string?> AppendAsync(string conversationId, Activity activity);

    /// <summary>Pushes an activity to the streams without logging it (typing indicators).</summary>
    Task PushAsync(string conversationId, Activity activity);

    /// <summary>The logged activities after <paramref name="watermark"/> (all kept ones when null); null when the conversation is gone.</summary>
    Task<ActivitySet?> GetSinceAsync(string conversationId, long? watermark);

    /// <summary>A listener that first gets everything after <paramref name="watermark"/>, then every new activity, with no gap
    /// and no repeat; null when the conversation is gone. Give it back with <see cref="Unsubscribe"/>.</summary>
    Task<ActivitySubscriber?> SubscribeAsync(string conversationId, long? watermark);

    void Unsubscribe(string conversationId, ActivitySubscriber subscriber);

    /// <summary>Streams of the conversation open on this host.</summary>
    int StreamCount(string conversationId);

    /// <summary>Empties the log ("forget me"); watermarks keep counting.</summary>
    Task EraseAsync(string conversationId);

    /// <summary>Forgets conversations idle for longer than the configured time; returns how many.</summary>
    Task<int> RemoveIdleAsync();

    /// <summary>Forgets the longest-idle conversations (never <paramref name="keepConversationId"/>) until all logs fit the
    /// total budget; returns how many.</summary>
    Task<int> TrimToBudgetAsync(string keepConversationId);

    /// <summary>Seconds until the longest-idle conversation expires and makes room, at least 1.</summary>
    Task<int> SecondsUntilRoomAsync();
}
