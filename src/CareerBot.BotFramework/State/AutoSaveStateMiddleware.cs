using CareerBot.BotFramework.Storage;
using CareerBot.BotFramework.Turns;

namespace CareerBot.BotFramework.State;

/// <summary>Loads the given states before the bot runs and saves them after it, so the bot never forgets to.</summary>
public sealed class AutoSaveStateMiddleware : IMiddleware
{
    /// <summary>Runs of one turn before a storage conflict is given up on (and the error handler apologises).</summary>
    public const int MaxAttempts = 8;

    private readonly List<BotState> _states;

    public AutoSaveStateMiddleware(params BotState[] states)
    {
        ArgumentNullException.ThrowIfNull(states);
        foreach (var state in states)
        {
            ArgumentNullException.ThrowIfNull(state);
        }

        _states = [.. states];
    }

    public IReadOnlyList<BotState> States => _states;

    /// <summary>10–40 ms after the first lost race, growing with each one.</summary>
    internal static TimeSpan RetryDelay(int attempt) =>
        TimeSpan.FromMilliseconds(attempt * (10 + Random.Shared.Next(30)));

    public AutoSaveStateMiddleware Add(BotState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _states.Add(state);
        return this;
    }

    /// <summary>
    /// Loads the states, runs the rest of the turn, and saves them together. A turn that loses a storage race (another
    /// host or turn saved first) is run again on the fresh state, up to <see cref="MaxAttempts"/> times, instead of
    /// apologising; its replies are held until its state is saved, so no reply leaves for a turn that was not kept.
    /// A turn that throws saves nothing: half-done changes must not reach storage.
    /// </summary>
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var replies = new HeldReplies();
        turnContext.OnSendActivities(replies.OnSendAsync);
        turnContext.TurnState.Set(new PendingReplies(replies.Held));
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                foreach (var state in _states)
                {
                    await state.LoadAsync(turnContext, force: attempt > 1, cancellationToken);
                }

                await next(cancellationToken);
                try
                {
                    await BotState.SaveTogetherAsync(_states, turnContext, cancellationToken);
                    break;
                }
                catch (StorageConflictException) when (attempt < MaxAttempts)
                {
                    replies.Discard();

                    // The other writer may still hold the state (a Blob lease lasts its write): wait a little, longer each
                    // time and not in step with the other turns, or the reruns could all meet it again.
                    await Task.Delay(RetryDelay(attempt), cancellationToken);
                }
            }
        }
        catch
        {
            // Whatever is said next (the error handler's apology) goes out; this run's replies do not.
            replies.Discard();
            replies.Holding = false;
            throw;
        }

        await replies.ReleaseAsync(turnContext, cancellationToken);
    }
}
