using CareerBot.BotFramework.Turns;
using Microsoft.Extensions.Logging;

namespace CareerBot.BotFramework.Middleware;

/// <summary>
/// Catches whatever the rest of the turn throws, logs the exception type and the conversation/activity ids
/// (never the message text: students' words stay out of logs) and tells the user something went wrong.
/// Never rethrows, so a bot bug costs one answer, not a 500 and a channel retry storm.
/// </summary>
public sealed class ErrorHandlerMiddleware : IMiddleware
{
    public const string DefaultApology = "Sorry, something went wrong on my side. Please try again.";

    private readonly ILogger<ErrorHandlerMiddleware> _logger;
    private readonly string _apology;

    public ErrorHandlerMiddleware(ILogger<ErrorHandlerMiddleware> logger, string apology = DefaultApology)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentException.ThrowIfNullOrEmpty(apology);
        _logger = logger;
        _apology = apology;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller went away; nobody is left to apologise to.
        }
        catch (Exception ex)
        {
            var activity = turnContext.Activity;
            _logger.LogError("Turn failed with {ExceptionType} in conversation {ConversationId}, activity {ActivityId}, channel {ChannelId}; at {StackTrace}",
                ex.GetType().FullName, activity.Conversation?.Id, activity.Id, activity.ChannelId, ex.StackTrace);
            await ApologiseAsync(turnContext, cancellationToken);
        }
    }

    private async Task ApologiseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            await turnContext.SendActivityAsync(_apology, cancellationToken: cancellationToken);
        }
        catch (Exception ex)
        {
            // The channel itself may be what failed; there is nothing more to do for this turn.
            _logger.LogWarning("Could not send the apology: {ExceptionType}", ex.GetType().FullName);
        }
    }
}
