using System.Globalization;
using CareerBot.Advisor.FitCheck;
using CareerBot.Advisor.Memory;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Advisor.Replies;

/// <summary>"Show my results": the saved fit check results, newest first.</summary>
public static class ResultsReply
{
    public const string None = "You haven't finished a fit check yet, so there's nothing saved. Say \"fit check\" to take one: it's a few quick questions.";

    public static Activity Create(Activity incoming, StudentRecord student)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(student);
        if (student.FitResults.Count == 0)
        {
            return ReplyFactory.Create(incoming, None, buttons: [new("Take the quiz")]);
        }

        var lines = student.FitResults.Select(Line);
        var text = "Your saved fit check results:\n" + string.Join("\n", lines) +
            "\n\nSay \"forget me\" if you'd like me to delete them.";
        var latest = student.FitResults[0];
        return ReplyFactory.Create(incoming, text, buttons:
        [
            Button.FitCheckFor(latest.CareerTitle),
            new($"What does {TextList.WithArticle(latest.CareerTitle)} do?"),
        ]);
    }

    private static string Line(FitResult result)
    {
        var strengths = result.Strengths.Select(s => s.Label).ToList();
        var date = result.CompletedAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        return $"- {result.CareerTitle}: {result.Percent}%, a {result.Band.Phrase()} ({date})" +
            (strengths.Count > 0 ? $". Strongest: {TextList.Join(strengths)}." : ".");
    }
}
