namespace CareerBot.BotFramework.Turns;

/// <summary>Runs middleware in registration order, then the bot callback at the end of the chain.</summary>
public sealed class MiddlewareSet
{
    private readonly List<IMiddleware> _middleware = [];

    /// <summary>The middleware in the order it runs.</summary>
    public IReadOnlyList<IMiddleware> Registered => _middleware;

    public MiddlewareSet Use(IMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    public Task RunAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken) =>
        RunFromAsync(0, turnContext, callback, cancellationToken);

    private Task RunFromAsync(int index, ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
        {
            return callback is null ? Task.CompletedTask : callback(turnContext, cancellationToken);
        }

        return _middleware[index].OnTurnAsync(
            turnContext, ct => RunFromAsync(index + 1, turnContext, callback, ct), cancellationToken);
    }
}
