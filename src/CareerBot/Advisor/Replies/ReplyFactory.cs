using CareerBot.Advisor.Cards;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs.Choices;

namespace CareerBot.Advisor.Replies;

/// <summary>
/// Builds a reply: the plain text every channel shows, the card that says the same for channels that render cards,
/// and the buttons as suggested actions, or as card buttons in Teams group chats and channels, which drop suggested actions.
/// </summary>
public static class ReplyFactory
{
    public static Activity Create(Activity incoming, string text, AdaptiveCard? card = null, IReadOnlyList<Button>? buttons = null,
        string inputHint = InputHints.AcceptingInput)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(text);
        buttons ??= [];
        var reply = MessageFactory.Text(text, inputHint: inputHint);
        var attachments = new List<Attachment>();
        if (ChannelCapabilities.IsTeamsGroup(incoming) && buttons.Count > 0)
        {
            if (card is null)
            {
                attachments.Add(ButtonCard(buttons));
            }
            else
            {
                card.Actions = [.. card.Actions ?? [], .. buttons.Select(b => new SubmitAction(b.Title, b.Value))];
            }
        }
        else if (buttons.Count > 0)
        {
            reply.SuggestedActions = new SuggestedActions { Actions = buttons.Select(ToAction).ToList() };
        }

        if (card is not null)
        {
            card.Speak ??= Rendering.SpokenText.From(text);
            attachments.Insert(0, CardAttachments.From(card));
        }

        // Screen readers and speech read this, not the Markdown: links without their addresses, no emphasis marks.
        reply.Speak = card?.Speak ?? Rendering.SpokenText.From(text);

        reply.Attachments = attachments.Count > 0 ? attachments : null;
        return reply;
    }

    /// <summary>A hero card carrying only buttons, for a plain-text message in a Teams group chat.</summary>
    public static Attachment ButtonCard(IReadOnlyList<Button> buttons)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        return ChoiceFactory.HeroCard(null, buttons.Select(b => new Choice(b.Value) { Action = ToAction(b) }).ToList());
    }

    private static CardAction ToAction(Button button) => new(ActionTypes.ImBack, button.Title, button.Value);
}
