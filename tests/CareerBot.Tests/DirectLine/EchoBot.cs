using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;

namespace CareerBot.Tests.DirectLine;

/// <summary>A tiny bot for the channel tests: welcomes new members, echoes messages, fails on "boom".</summary>
public sealed class EchoBot : IBot
{
    public const string Welcome = "Welcome to CareerBot!";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate
            && activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true)
        {
            await turnContext.SendActivityAsync(Welcome, cancellationToken: cancellationToken);
            return;
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        if (activity.Text == "boom")
        {
            throw new InvalidOperationException("the bot broke");
        }

        await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
        await turnContext.SendActivityAsync($"You said: {activity.Text} (from {activity.From?.Id})", cancellationToken: cancellationToken);
    }
}
