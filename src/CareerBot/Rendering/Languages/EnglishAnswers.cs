using System.Globalization;
using CareerBot.Advisor.Replies;
using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Files;

namespace CareerBot.Rendering.Languages;

/// <summary>The answer sentences in English.</summary>
public sealed class EnglishAnswers : AnswerLanguage
{
    public static EnglishAnswers Instance { get; } = new();

    public override string Code => "en";

    public override string TopicLabel(string topic) => KnowledgeTopics.Label(topic);

    public override string RegionName(string region) => KnowledgeRegions.Name(region);

    public override string Question(FollowUp followUp)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        var a = followUp.Career.Id.Length == 0 ? ThisCareer : TextList.WithArticle(followUp.Career.Title);
        return followUp.Topic switch
        {
            KnowledgeTopics.Steps => $"How do I become {a}?",
            KnowledgeTopics.Education => $"What education does {a} need?",
            KnowledgeTopics.Experience => $"What experience does {a} need?",
            KnowledgeTopics.Duties => $"What does {a} do?",
            KnowledgeTopics.Traits => $"What skills does {a} need?",
            KnowledgeTopics.Employers => $"Who hires {a}?",
            KnowledgeTopics.Salary => $"How much does {a} earn?",
            KnowledgeTopics.Outlook => $"What is the job outlook for {a}?",
            KnowledgeTopics.Advancement => $"How can {a} get promoted?",
            KnowledgeTopics.Similar => $"What careers are similar to {a}?",
            KnowledgeTopics.Scholarships => $"Are there scholarships for becoming {a}?",
            KnowledgeTopics.Sources => $"Where does the information on {a} come from?",
            _ => $"Tell me about {a}.",
        };
    }

    public override string Decline(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var covered = answer.CoversEveryOccupation
            ? "You can ask me about any job, for example nurse, electrician or game developer."
            : $"I can answer questions about these careers: {Covered(answer)}.";
        return answer.Outcome switch
        {
            AnswerOutcome.WhichOccupation => "That could mean several jobs. Which one do you mean?",
            AnswerOutcome.UncoveredCareer when answer.CoversEveryOccupation =>
                $"I couldn't find a job called \"{answer.Occupation}\" in the official lists. Try another name for that work. {covered}",
            AnswerOutcome.NotLoaded => "Sorry, I don't have any career information loaded right now.",
            AnswerOutcome.UncoveredCareer => $"Sorry, I don't have information about {answer.Occupation}, so I can't answer that. {covered}",
            AnswerOutcome.WhichCareer => $"I don't have that without knowing the career. Which one do you mean? {covered}",
            AnswerOutcome.NoSuchSection when answer.About is { } career && answer.Topic is { } topic =>
                $"I don't have information on {TopicLabel(topic).ToLowerInvariant()} for {career.Title} yet.",
            _ => $"Sorry, I don't have that. {covered}",
        };
    }

    public override string SalaryIntro(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var title = answer.About?.Title ?? "this career";
        return answer.RegionMissing && answer.Region is { } missing
            ? $"I don't have a salary figure for {title} in {RegionName(missing)}. The figures I do have:"
            : answer.Region is { } region ? $"Salary figures for {title} in {RegionName(region)}:" : $"Salary figures for {title}:";
    }

    public override string Statistic(string statistic) => statistic;

    public override string Amount(SalaryFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var amount = "$" + figure.Amount.ToString(figure.Amount % 1 == 0 ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);
        return $"{amount} {figure.Currency} {(figure.Period == "hour" ? "an hour" : "a year")}{(figure.AtLeast ? " or more" : "")}";
    }

    public override string FigureSource(string group, SourceReference source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return group.Length > 0 ? $"For {group}; {Source(source)}" : Source(source);
    }

    public override string SalaryCaveat => "Figures are for the official occupation group named, so a specific job title can pay more or less.";

    public override string ThisCareer => "this career";

    public override string Helpful => "Helpful";

    public override string NotHelpful => "Not helpful";

    public override string RateThisAnswer => "Was this helpful? Say \"helpful\" or \"that's wrong\".";

    public override string CompareIntro(IReadOnlyList<string> titles) => $"{TextList.Join(titles)} side by side:";

    public override string CompareLabel(string field) => field switch
    {
        ComparisonFields.Summary => "What they do",
        ComparisonFields.Education => "Education",
        ComparisonFields.Experience => "Experience",
        ComparisonFields.Pay => "Pay",
        ComparisonFields.Outlook => "Outlook",
        _ => field,
    };

    public override string HigherPay(string region, string title, SalaryFigure highest, IReadOnlyList<(string Title, SalaryFigure Figure)> others)
    {
        ArgumentNullException.ThrowIfNull(highest);
        ArgumentNullException.ThrowIfNull(others);
        var rest = TextList.Join(others.Select(o => $"{Amount(o.Figure)} for {o.Title} ({o.Figure.Year})"));
        return $"In {RegionName(region)}, {title} pays more: {Statistic(highest.Statistic)} {Amount(highest)} ({highest.Year}), against {rest}.";
    }

    public override string SamePay(string region, IReadOnlyList<string> titles, SalaryFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return $"In {RegionName(region)}, {TextList.Join(titles)} are counted in the same official group ({figure.Group}), " +
            $"so the figure is the same for both: {Statistic(figure.Statistic)} {Amount(figure)} ({figure.Year}). Pay then depends on the employer and the role.";
    }

    public override string NoFigure => "no figure";

    public override string AlsoAsk => "You could also ask:";

    public override string SourcesLabel => "Sources";

    public override string YearNotStated => "year not stated";

    public override string ShowMore => "Show more";

    public override string ShowLess => "Show less";

    private static string Covered(Answer answer) => answer.Covered.Count == 0 ? "none yet" : TextList.Join(answer.Covered.Select(c => c.Title));
}
