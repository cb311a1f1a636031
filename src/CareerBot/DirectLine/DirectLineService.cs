using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Conversations;
using Microsoft.Extensions.Hosting;

namespace CareerBot.DirectLine;

/// <summary>The Direct Line operations behind the HTTP endpoints: start a conversation (welcome turn) and take a user's activity.</summary>
public sealed class DirectLineService(
    IConversationBackplane conversations, DirectLineAdapter adapter, DirectLineActivities activities, IHostApplicationLifetime lifetime)
{
    /// <summary>Starts (or finds) the conversation; a new one gets its welcome turn first. Null when the server is full.</summary>
    public async Task<(ConversationInfo Conversation, bool Created)?> StartAsync(
        string conversationId, string userId, string serviceUrl, string? locale)
    {
        if (await conversations.GetOrCreateAsync(conversationId, userId).ConfigureAwait(false) is not { } started)
        {
            return null;
        }

        if (started.Created)
        {
            var update = activities.ConversationStarted(conversationId, userId, serviceUrl, locale);
            await adapter.ProcessActivityAsync(conversationId, update, lifetime.ApplicationStopping).ConfigureAwait(false);
        }

        return started;
    }

    /// <summary>Logs the user's activity (typing is only forwarded), runs the bot's turn, and returns the activity's id;
    /// null when the conversation ended meanwhile.</summary>
    public async Task<string?> PostAsync(ConversationInfo conversation, Activity activity, string userId, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        await conversations.TouchAsync(conversation.Id).ConfigureAwait(false);
        activities.FromUser(activity, conversation.Id, userId, serviceUrl);
        if (activity.Type == ActivityTypes.Typing)
        {
            activity.Id = Guid.NewGuid().ToString("N");
        }
        else if (await conversations.AppendAsync(conversation.Id, activity).ConfigureAwait(false) is null)
        {
            return null;
        }

        // The turn outlives a client that hangs up mid-request: the reply still lands in the log for the next reconnect.
        await adapter.ProcessActivityAsync(conversation.Id, activity, lifetime.ApplicationStopping).ConfigureAwait(false);
        await conversations.TrimToBudgetAsync(conversation.Id).ConfigureAwait(false);
        return activity.Id;
    }
}
