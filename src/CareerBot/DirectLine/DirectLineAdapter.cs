using CareerBot.BotFramework.Middleware;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using CareerBot.DirectLine.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>Runs the bot in-process for Direct Line conversations: replies go into the conversation's log and out to its streams.</summary>
public sealed class DirectLineAdapter : BotAdapter
{
    private readonly IConversationBackplane _conversations;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<DirectLineAdapter> _logger;
    private readonly TimeSpan _botTimeout;

    public DirectLineAdapter(
        IConversationBackplane conversations, IServiceScopeFactory scopes, TurnPipeline pipeline,
        IOptions<DirectLineOptions> options, TimeProvider clock, ILogger<DirectLineAdapter> logger)
        : base(pipeline)
    {
        ArgumentNullException.ThrowIfNull(options);
        _conversations = conversations ?? throw new ArgumentNullException(nameof(conversations));
        _scopes = scopes ?? throw new ArgumentNullException(nameof(scopes));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _botTimeout = TimeSpan.FromSeconds(Math.Max(1, options.Value.BotTimeoutSeconds));
    }

    /// <summary>Runs one turn for an activity already addressed to the bot (see <see cref="DirectLineActivities"/>).</summary>
    public async Task ProcessActivityAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            timeout.CancelAfter(_botTimeout);
            await using var scope = _scopes.CreateAsyncScope();
            var bot = scope.ServiceProvider.GetRequiredService<IBot>();
            var context = new TurnContext(this, activity);

            // The pipeline's error handler apologises for a failing bot; what is left here is a turn that ran out of time.
            await RunPipelineAsync(context, bot.OnTurnAsync, timeout.Token).ConfigureAwait(false);
            if (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                await TimedOutAsync(conversationId, activity).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            await TimedOutAsync(conversationId, activity).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Only what fails outside the pipeline (making the scope, the bot) gets here; the text is never logged.
            _logger.LogError(ex, "Direct Line turn could not start ({ActivityType}) in conversation {ConversationId}", activity.Type, conversationId);
            await _conversations.AppendAsync(conversationId, ReplyTo(activity, ErrorHandlerMiddleware.DefaultApology)).ConfigureAwait(false);
        }
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var conversationId = turnContext.Activity.Conversation?.Id ?? "";
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            activity.Timestamp = _clock.GetUtcNow();
            switch (activity.Type)
            {
                case ActivityTypes.Typing:
                    await _conversations.PushAsync(conversationId, activity).ConfigureAwait(false);
                    responses[i] = new ResourceResponse(null);
                    break;
                case "delay" or ActivityTypes.InvokeResponse or ActivityTypes.Trace:
                    // Not for the user: a delay is the bot pacing itself, trace is for the emulator only.
                    responses[i] = new ResourceResponse(null);
                    break;
                default:
                    var id = await _conversations.AppendAsync(conversationId, activity).ConfigureAwait(false)
                        ?? throw new InvalidOperationException("The Direct Line conversation of this turn no longer exists.");
                    responses[i] = new ResourceResponse(id);
                    break;
            }
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line clients cannot update an activity they already received.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line clients cannot delete an activity they already received.");

    private async Task TimedOutAsync(string conversationId, Activity activity)
    {
        _logger.LogError("Direct Line turn ran out of time ({ActivityType}) in conversation {ConversationId}", activity.Type, conversationId);
        await _conversations.AppendAsync(conversationId, ReplyTo(activity, ErrorHandlerMiddleware.DefaultApology)).ConfigureAwait(false);
    }

    private Activity ReplyTo(Activity incoming, string text)
    {
        var reply = MessageFactory.Text(text);
        reply.ApplyConversationReference(incoming.GetConversationReference());
        reply.Timestamp = _clock.GetUtcNow();
        return reply;
    }
}
