using CareerBot.BotFramework.Storage;
using CareerBot.BotFramework.Turns;

namespace CareerBot.BotFramework.State;

/// <summary>State shared by everyone in a conversation (the dialog stack lives here), keyed <c>{channelId}/conversations/{conversationId}</c>.</summary>
public class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    /// <summary>Activities without a channel or conversation id get turn-only state: there is nothing to key it by.</summary>
    protected override string? GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var channelId = turnContext.Activity.ChannelId;
        var conversationId = turnContext.Activity.Conversation?.Id;
        return string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(conversationId)
            ? null
            : $"{channelId}/conversations/{conversationId}";
    }
}
