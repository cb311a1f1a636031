using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Turns;

/// <summary>One turn of a conversation: the incoming activity and the means to reply to it.</summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }
    Activity Activity { get; }

    /// <summary>Per-turn services and caches (loaded state, the user's identity, …), dropped when the turn ends.</summary>
    TurnState TurnState { get; }

    /// <summary>True once any message-like activity has been sent in this turn.</summary>
    bool Responded { get; }

    Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);
    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>Registers a hook that sees (and may change or veto) outgoing activities before they are sent.</summary>
    ITurnContext OnSendActivities(SendActivitiesHandler handler);
}
