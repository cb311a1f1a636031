using CareerBot.Advisor.Cards;
using CareerBot.Advisor.Replies;
using CareerBot.Advisor.Replies.Words;
using CareerBot.BotFramework.Schema;
using CareerBot.Options;

namespace CareerBot.Advisor.Handoff;

/// <summary>
/// No counsellor is online: the school's counselling contact as a card with its booking link, and "Leave a message"
/// only when the console is on (without it no one reads the inbox). Asked for mid fit check, it says the check is
/// paused and offers "Back to my fit check" beside it.
/// </summary>
public static class CounsellorContactReply
{
    public const string LeaveMessageValue = "Leave a message for a counsellor";

    public static Activity Create(Activity incoming, CounsellingOptions contact, AdvisorWords words, bool fitCheckPaused)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(words);
        List<Button> buttons = contact.HasConsole ? [new(words.LeaveMessage, LeaveMessageValue)] : [];
        var paused = fitCheckPaused ? "\n\n" + words.FitCheckPaused : string.Empty;
        if (fitCheckPaused)
        {
            buttons.Add(words.ResumeFitCheckButton);
        }

        if (!contact.IsConfigured)
        {
            return ReplyFactory.Create(incoming, (contact.HasConsole ? words.CounsellorDefault : words.NoCounsellorHere) + paused, buttons: buttons);
        }

        var text = words.Counsellor(contact) + paused;
        var card = new AdaptiveCard
        {
            FallbackText = text,
            Body =
            [
                new TextBlock(words.CounsellorIntro) { Weight = "Bolder" },
                new FactSet { Facts = [.. contact.Fields().Where(f => f.Field != ContactField.BookingUrl).Select(f => new Fact(words.ContactLabel(f.Field), f.Value))] },
            ],
        };
        if (fitCheckPaused)
        {
            card.Body.Add(new TextBlock(words.FitCheckPaused));
        }

        if (contact.BookingUrl is { Length: > 0 } booking)
        {
            card.Actions = [new OpenUrlAction(words.ContactLabel(ContactField.BookingUrl), booking.Trim())];
        }

        return ReplyFactory.Create(incoming, text, card, buttons);
    }
}
