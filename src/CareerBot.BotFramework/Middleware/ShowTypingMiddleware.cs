using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;

namespace CareerBot.BotFramework.Middleware;

/// <summary>
/// Sends a "typing" activity when a message turn takes longer than <see cref="Delay"/>, then every <see cref="Period"/>
/// until the turn ends. Skipped for expectReplies (the replies arrive all at once in the HTTP answer, so a typing
/// indicator would only be stale noise in front of them) and for every activity that is not a message.
/// </summary>
public sealed class ShowTypingMiddleware : IMiddleware
{
    public ShowTypingMiddleware(TimeSpan? delay = null, TimeSpan? period = null)
    {
        Delay = delay ?? TimeSpan.FromMilliseconds(500);
        Period = period ?? TimeSpan.FromSeconds(2);
        ArgumentOutOfRangeException.ThrowIfLessThan(Delay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Period, TimeSpan.Zero);
    }

    public TimeSpan Delay { get; }
    public TimeSpan Period { get; }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            await next(cancellationToken);
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = SendTypingUntilStoppedAsync(turnContext, stop.Token);
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await stop.CancelAsync();
            await typing;
        }
    }

    private async Task SendTypingUntilStoppedAsync(ITurnContext turnContext, CancellationToken stop)
    {
        try
        {
            await Task.Delay(Delay, stop);
            while (!stop.IsCancellationRequested)
            {
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, stop);
                await Task.Delay(Period, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn ended: the normal way out.
        }
        catch (Exception)
        {
            // A lost typing indicator is harmless; the turn's own replies report real delivery failures.
        }
    }
}
