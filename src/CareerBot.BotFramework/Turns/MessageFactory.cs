using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Turns;

/// <summary>Builds outgoing message activities.</summary>
public static class MessageFactory
{
    public static Activity Text(string text, string? speak = null, string? inputHint = InputHints.AcceptingInput) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Speak = speak,
        InputHint = inputHint,
    };

    public static Activity SuggestedActions(string text, IEnumerable<string> choices, string? inputHint = InputHints.ExpectingInput)
    {
        var activity = Text(text, inputHint: inputHint);
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = choices.Select(c => new CardAction(ActionTypes.ImBack, c, c)).ToList(),
        };
        return activity;
    }

    public static Activity Attachment(Attachment attachment, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Attachments = [attachment],
        InputHint = InputHints.AcceptingInput,
    };
}
