using CareerBot.BotFramework.Turns;

namespace CareerBot.BotFramework.State;

/// <summary>Typed access to one named property of conversation or user state within a turn.</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    /// <summary>Gets the value; when absent, stores and returns <paramref name="defaultValueFactory"/>'s value (or default).</summary>
    Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
