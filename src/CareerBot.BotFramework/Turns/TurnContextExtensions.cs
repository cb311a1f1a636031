using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Turns;

public static class TurnContextExtensions
{
    public static async Task<ResourceResponse> SendActivityAsync(
        this ITurnContext turnContext, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var responses = await turnContext.SendActivitiesAsync([activity], cancellationToken);
        return responses.Length > 0 ? responses[0] : new ResourceResponse(null);
    }

    public static Task<ResourceResponse> SendActivityAsync(
        this ITurnContext turnContext, string text, string? speak = null, string inputHint = InputHints.AcceptingInput,
        CancellationToken cancellationToken = default) =>
        turnContext.SendActivityAsync(MessageFactory.Text(text, speak, inputHint), cancellationToken);
}
