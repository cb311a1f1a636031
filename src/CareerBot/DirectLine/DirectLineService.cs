using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Conversations;
using Microsoft.Extensions.Hosting;

namespace CareerBot.DirectLine;

/// <summary>The Direct Line operations behind the HTTP endpoints: start a conversation (welcome turn) and take a user's activity.</summary>
public sealed class DirectLineService(
    ConversationStore store, DirectLineAdapter adapter, DirectLineActivities activities, IHostApplicationLifetime lifetime)
{
    /// <summary>Starts (or finds) the conversation; a new one gets its welcome turn first. Null when the server is full.</summary>
    public async Task<(DirectLineConversation Conversation, bool Created)?> StartAsync(
        string conversationId, string userId, string serviceUrl, string? locale)
    {
        if (store.GetOrCreate(conversationId, userId) is not { } started)
        {
            return null;
        }

        if (started.Created)
        {
            var update = activities.ConversationStarted(conversationId, userId, serviceUrl, locale);
            await adapter.ProcessActivityAsync(started.Conversation, update, lifetime.ApplicationStopping).ConfigureAwait(false);
        }

        return started;
    }

    /// <summary>Logs the user's activity (typing is only forwarded), runs the bot's turn, and returns the activity's id.</summary>
    public async Task<string?> PostAsync(DirectLineConversation conversation, Activity activity, string userId, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        store.Touch(conversation);
        activities.FromUser(activity, conversation.Id, userId, serviceUrl);
        string? id = null;
        if (activity.Type == ActivityTypes.Typing)
        {
            activity.Id = Guid.NewGuid().ToString("N");
        }
        else
        {
            id = conversation.Append(activity);
        }

        // The turn outlives a client that hangs up mid-request: the reply still lands in the log for the next reconnect.
        await adapter.ProcessActivityAsync(conversation, activity, lifetime.ApplicationStopping).ConfigureAwait(false);
        store.TrimToBudget(keep: conversation);
        return id ?? activity.Id;
    }
}
