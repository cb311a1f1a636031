using CareerBot.BotFramework.Storage;
using CareerBot.BotFramework.Turns;

namespace CareerBot.BotFramework.State;

/// <summary>State that follows one user across conversations on a channel, keyed <c>{channelId}/users/{userId}</c>.</summary>
public class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    /// <summary>Activities without a channel or sender id get turn-only state: there is nothing to key it by.</summary>
    protected override string? GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var channelId = turnContext.Activity.ChannelId;
        var userId = turnContext.Activity.From?.Id;
        return string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(userId)
            ? null
            : $"{channelId}/users/{userId}";
    }
}
