using CareerBot.Advisor.Cards;
using CareerBot.BotFramework.Schema;
using CareerBot.Knowledge.Answers;

namespace CareerBot.Advisor.Replies;

/// <summary>An answer from the career library: the text ending with its "Sources:" line, and a card with the same.</summary>
public static class AnswerReply
{
    public static Activity Create(Activity incoming, Answer answer, IReadOnlyList<Button> buttons)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(buttons);
        var text = AnswerText.Format(answer);
        return ReplyFactory.Create(incoming, text, Card(answer, text), buttons);
    }

    private static AdaptiveCard Card(Answer answer, string text)
    {
        var lines = answer.Text.Split('\n', 2);
        var body = new List<AdaptiveElement>();
        if (answer.Answered && lines.Length == 2)
        {
            body.Add(new TextBlock(lines[0]) { Size = "Medium", Weight = "Bolder", Style = "heading" });
            body.Add(new TextBlock(lines[1].Trim()));
        }
        else
        {
            body.Add(new TextBlock(answer.Text));
        }

        if (answer.Sources.Count > 0)
        {
            body.Add(new TextBlock(AnswerText.SourcesLine(answer.Sources)) { Size = "Small", IsSubtle = true, Separator = true });
        }

        return new AdaptiveCard { FallbackText = text, Body = body };
    }
}
