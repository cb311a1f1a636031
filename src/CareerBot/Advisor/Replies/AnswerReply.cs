using CareerBot.BotFramework.Schema;
using CareerBot.Knowledge.Answers;
using CareerBot.Rendering;

namespace CareerBot.Advisor.Replies;

/// <summary>An answer from the career library: the whole text ending with its "Sources:" line, and a card saying the
/// same with the long part behind "Show more".</summary>
public static class AnswerReply
{
    /// <param name="pictures">The bot's address for the pictures it draws, where the channel can fetch them (<see cref="PictureHost"/>).</param>
    /// <param name="cardId">The answer's name in memory, which the card's feedback buttons send back.</param>
    public static Activity Create(
        Activity incoming, Answer answer, IReadOnlyList<Button> buttons, AnswerLanguage language, bool expanded = false, Uri? pictures = null,
        string? cardId = null)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(buttons);
        ArgumentNullException.ThrowIfNull(language);
        var text = AnswerTextRenderer.Render(answer, language);
        if (answer.Answered && !CareerBot.Dialogs.Choices.ChannelCapabilities.ShowsCards(incoming))
        {
            // Where the card's Helpful / Not helpful buttons are not shown, the text says how to rate the answer.
            text += "\n\n" + language.RateThisAnswer;
        }

        var reply = ReplyFactory.Create(incoming, text, AnswerCardRenderer.Render(answer, language, text, expanded, pictures, cardId), buttons);
        reply.Locale = language.Code;
        return reply;
    }
}
