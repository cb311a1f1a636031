using CareerBot.BotFramework.Turns;

namespace CareerBot.BotFramework.State;

/// <summary>A named property of a <see cref="BotState"/>; loads the state on first use in a turn.</summary>
internal sealed class BotStatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedStateAsync(turnContext, cancellationToken);
        return cached.Get(Name, defaultValueFactory);
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedStateAsync(turnContext, cancellationToken);
        cached.Set(Name, value);
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedStateAsync(turnContext, cancellationToken);
        cached.Delete(Name);
    }
}
