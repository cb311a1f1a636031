using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using IMiddleware = CareerBot.BotFramework.Turns.IMiddleware;

namespace CareerBot.Cli;

/// <summary>Runs turns in-process for the terminal chat: the registered middleware (state auto-save), then the bot; keeps the replies.</summary>
public sealed class ChatAdapter : BotAdapter
{
    private readonly List<Activity> _replies = [];

    public ChatAdapter(TurnPipeline pipeline)
        : base(pipeline)
    {
    }

    /// <summary>Runs one turn and returns what the bot sent in it, in order.</summary>
    public async Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);
        _replies.Clear();
        await RunPipelineAsync(new TurnContext(this, activity), bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        return [.. _replies];
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        _replies.AddRange(activities.Where(a => a.Type == ActivityTypes.Message));
        return Task.FromResult(activities.Select((_, i) => new ResourceResponse($"terminal-{_replies.Count + i}")).ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A terminal cannot change what it already printed.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A terminal cannot take back what it already printed.");
}
