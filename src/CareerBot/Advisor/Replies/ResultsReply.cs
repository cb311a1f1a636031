using CareerBot.Advisor.FitCheck.Words;
using CareerBot.Advisor.Memory;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Advisor.Replies;

/// <summary>"Show my results": the saved fit check results, newest first.</summary>
public static class ResultsReply
{
    public static string None => EnglishFitCheckWords.Instance.NoResults;

    public static Activity Create(Activity incoming, StudentRecord student, FitCheckWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(student);
        words ??= EnglishFitCheckWords.Instance;
        if (student.FitResults.Count == 0)
        {
            return ReplyFactory.Create(incoming, words.NoResults, buttons: [new(words.TakeTheQuiz)]);
        }

        // The strongest traits as the result named them when it was given: the same three, in the same order.
        var lines = student.FitResults.Select(r => words.ResultLine(r.CareerTitle, r.Percent, r.Band, r.CompletedAt,
            [.. r.Strengths.Take(FitResultReply.StrengthsShown).Select(s => s.Label)]));
        var text = words.ResultsHeader + "\n" + string.Join("\n", lines) + "\n\n" + words.ForgetResults;
        var latest = student.FitResults[0];
        var about = new Knowledge.Answers.CareerRef(latest.CareerId, latest.CareerTitle);
        return ReplyFactory.Create(incoming, text, buttons:
        [
            new Button(words.FitCheckForTitle(latest.CareerTitle), Button.FitCheckFor(latest.CareerTitle).Value),
            new(Rendering.AnswerLanguages.For(words.Code).Question(new Knowledge.Answers.FollowUp(Knowledge.Files.KnowledgeTopics.Duties, about))),
        ]);
    }
}
