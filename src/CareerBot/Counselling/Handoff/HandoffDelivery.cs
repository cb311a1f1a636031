using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using CareerBot.DirectLine;
using CareerBot.DirectLine.Conversations;

namespace CareerBot.Counselling.Handoff;

/// <summary>
/// Puts a counsellor's message into the student's conversation: straight into the web chat's Direct Line conversation
/// when this deployment serves it, otherwise as a proactive message through the channel's Bot Connector (Teams).
/// </summary>
public sealed class HandoffDelivery
{
    private readonly IConversationBackplane _conversations;
    private readonly BotFrameworkHttpAdapter _adapter;
    private readonly TimeProvider _clock;

    public HandoffDelivery(IConversationBackplane conversations, BotFrameworkHttpAdapter adapter, TimeProvider clock)
    {
        _conversations = conversations ?? throw new ArgumentNullException(nameof(conversations));
        _adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>
    /// Sends <paramref name="activity"/> to the handoff's student, shown under <paramref name="fromName"/> (the counsellor's
    /// name and role) when given; false when the conversation is gone.
    /// </summary>
    public async Task<bool> SendAsync(HandoffRecord handoff, Activity activity, string? fromName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        ArgumentNullException.ThrowIfNull(activity);
        activity.ApplyConversationReference(handoff.Reference);
        activity.ReplyToId = null;
        if (fromName is not null)
        {
            activity.From = new ChannelAccount(handoff.Reference.Bot?.Id, fromName, RoleTypes.Bot);
        }

        activity.Timestamp = _clock.GetUtcNow();
        if (handoff.ChannelId == DirectLineActivities.ChannelId
            && await _conversations.AppendAsync(handoff.ConversationId, activity).ConfigureAwait(false) is not null)
        {
            return true;
        }

        try
        {
            // The turn sends as the reference's bot, so the counsellor's name goes there for the channel to show.
            var reference = fromName is null ? handoff.Reference : new ConversationReference
            {
                ChannelId = handoff.Reference.ChannelId,
                ServiceUrl = handoff.Reference.ServiceUrl,
                Conversation = handoff.Reference.Conversation,
                User = handoff.Reference.User,
                Locale = handoff.Reference.Locale,
                Bot = activity.From,
            };
            await _adapter.ContinueConversationAsync(reference,
                (turn, ct) => turn.SendActivityAsync(activity, ct), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return false;
        }
    }
}
