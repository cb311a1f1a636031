using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Turns;

/// <summary>Connects the bot to a channel: runs the middleware pipeline and delivers what the bot sends.</summary>
public abstract class BotAdapter
{
    /// <summary>An adapter whose middleware is added with <see cref="Use"/> (tests, or a host with its own order).</summary>
    protected BotAdapter()
    {
    }

    /// <summary>An adapter running the shared <see cref="TurnPipeline"/>, as every CareerBot channel does (null: none yet).</summary>
    protected BotAdapter(TurnPipeline? pipeline)
    {
        foreach (var step in pipeline?.Steps ?? [])
        {
            Middleware.Use(step);
        }
    }

    public MiddlewareSet Middleware { get; } = new();

    public BotAdapter Use(IMiddleware middleware)
    {
        Middleware.Use(middleware);
        return this;
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse> UpdateActivityAsync(
        ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(
        ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Runs the middleware and then <paramref name="callback"/> for one turn.</summary>
    protected Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return Middleware.RunAsync(turnContext, callback, cancellationToken);
    }
}
