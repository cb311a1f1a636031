using CareerBot.Knowledge.Answers;

namespace CareerBot.Knowledge.Tests.Support;

/// <summary>What an answer holds as text, with no wording added: its body lines and its figures' data.</summary>
public static class AnswerContent
{
    public static string Content(this Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return string.Join('\n', answer.Body.SelectMany(b => b.Lines)
            .Concat(answer.Salary.Select(f => $"{f.Region} {f.Statistic} {f.Amount} {f.Currency} {f.Period} {f.Year} {f.Group} {f.Source.Title}")));
    }
}
