using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.State;

/// <summary>
/// The replies a turn has sent so far that are held until its state is saved (in the turn state while the auto-save
/// middleware holds them), so the bot can see what it said this turn before the replies leave.
/// </summary>
public sealed class PendingReplies(IReadOnlyList<Activity> activities)
{
    public IReadOnlyList<Activity> Activities { get; } = activities;
}
