using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;

namespace CareerBot.BotFramework.State;

/// <summary>
/// Holds a turn's replies until its state is saved: a turn that loses a storage race is run again, and the student
/// must see only the replies of the run whose state was kept. Typing indicators go out at once.
/// </summary>
internal sealed class HeldReplies
{
    private readonly List<Activity> held = [];
    private int next;

    public bool Holding { get; set; } = true;

    /// <summary>What is held now, for <see cref="PendingReplies"/>.</summary>
    public IReadOnlyList<Activity> Held => held;

    public Task<ResourceResponse[]> OnSendAsync(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> send)
    {
        if (!Holding || activities.All(a => a.Type == ActivityTypes.Typing))
        {
            return send();
        }

        held.AddRange(activities);
        return Task.FromResult(activities.Select(_ => new ResourceResponse($"held-{++next}")).ToArray());
    }

    /// <summary>The run lost its race: what it said is dropped with its state.</summary>
    public void Discard() => held.Clear();

    /// <summary>The state is saved: the replies go to the channel, in order.</summary>
    public async Task ReleaseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Holding = false;
        if (held.Count > 0)
        {
            var replies = held.ToList();
            held.Clear();
            await turnContext.Adapter.SendActivitiesAsync(turnContext, replies, cancellationToken);
        }
    }
}
