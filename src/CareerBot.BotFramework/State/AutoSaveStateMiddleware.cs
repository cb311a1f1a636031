using CareerBot.BotFramework.Turns;

namespace CareerBot.BotFramework.State;

/// <summary>Loads the given states before the bot runs and saves them after it, so the bot never forgets to.</summary>
public sealed class AutoSaveStateMiddleware : IMiddleware
{
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

    public AutoSaveStateMiddleware Add(BotState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _states.Add(state);
        return this;
    }

    /// <summary>A turn that throws saves nothing: half-done changes must not reach storage.</summary>
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        foreach (var state in _states)
        {
            await state.LoadAsync(turnContext, force: false, cancellationToken);
        }

        await next(cancellationToken);

        foreach (var state in _states)
        {
            await state.SaveChangesAsync(turnContext, force: false, cancellationToken);
        }
    }
}
