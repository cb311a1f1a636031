using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Turns;

/// <summary>The default turn context: fills in reply addressing and runs send hooks before the adapter delivers.</summary>
public sealed class TurnContext : ITurnContext
{
    private readonly List<SendActivitiesHandler> _onSend = [];

    public TurnContext(BotAdapter adapter, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(activity);
        Adapter = adapter;
        Activity = activity;
    }

    public BotAdapter Adapter { get; }
    public Activity Activity { get; }
    public TurnState TurnState { get; } = new();
    public bool Responded { get; private set; }

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _onSend.Add(handler);
        return this;
    }

    public async Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return [];
        }

        var reference = Activity.GetConversationReference();
        var outgoing = activities.Select(a => a.ApplyConversationReference(reference)).ToList();

        var responses = await RunHandlersAsync(0, outgoing, () => Adapter.SendActivitiesAsync(this, outgoing, cancellationToken));
        if (outgoing.Any(a => a.Type is not ActivityTypes.Trace and not ActivityTypes.Typing))
        {
            Responded = true;
        }

        return responses;
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var updated = activity.ApplyConversationReference(Activity.GetConversationReference());
        return Adapter.UpdateActivityAsync(this, updated, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return Adapter.DeleteActivityAsync(this, reference, cancellationToken);
    }

    private Task<ResourceResponse[]> RunHandlersAsync(int index, List<Activity> activities, Func<Task<ResourceResponse[]>> last) =>
        index == _onSend.Count
            ? last()
            : _onSend[index](this, activities, () => RunHandlersAsync(index + 1, activities, last));
}
