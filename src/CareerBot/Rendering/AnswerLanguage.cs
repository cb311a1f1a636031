using CareerBot.Knowledge.Answers;

namespace CareerBot.Rendering;

/// <summary>
/// Every fixed sentence an answer is worded with, in one language. The knowledge engine returns data; the renderers
/// put it into words with one of these, chosen by the student's language.
/// </summary>
public abstract class AnswerLanguage
{
    /// <summary>The language code ("en", "fr").</summary>
    public abstract string Code { get; }

    public abstract string TopicLabel(string topic);

    public abstract string RegionName(string region);

    /// <summary>A follow-up worded as a question the student could type ("How much does an IT analyst earn?").</summary>
    public abstract string Question(FollowUp followUp);

    /// <summary>What to say for an answer that is not <see cref="AnswerOutcome.Answered"/>.</summary>
    public abstract string Decline(Answer answer);

    /// <summary>The line before the salary figures: for which career and region, or that the region has none.</summary>
    public abstract string SalaryIntro(Answer answer);

    /// <summary>The statistic's name ("median", "average", "low", "high").</summary>
    public abstract string Statistic(string statistic);

    /// <summary>The amount, currency and period of one figure ("$124,343 CAD a year").</summary>
    public abstract string Amount(SalaryFigure figure);

    /// <summary>"median $124,343 CAD a year".</summary>
    public string Figure(SalaryFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return $"{Statistic(figure.Statistic)} {Amount(figure)}";
    }

    /// <summary>Said once under a region's figures: the occupation group and the source with its year.</summary>
    public abstract string FigureSource(string group, SourceReference source);

    /// <summary>Why a figure may not be a job title's exact pay.</summary>
    public abstract string SalaryCaveat { get; }

    /// <summary>Stands for a career not named yet, in a follow-up (<see cref="CareerRef"/> with an empty id).</summary>
    public abstract string ThisCareer { get; }

    public abstract string SourcesLabel { get; }

    /// <summary>The line before careers side by side ("IT Analyst and IT Manager side by side:").</summary>
    public abstract string CompareIntro(IReadOnlyList<string> titles);

    /// <summary>The row names of a comparison: what they do, education, experience, pay, outlook.</summary>
    public abstract string CompareLabel(string field);

    /// <summary>Which career's headline pay is higher in a region every compared career has a figure for.</summary>
    public abstract string HigherPay(string region, string title, SalaryFigure highest, IReadOnlyList<(string Title, SalaryFigure Figure)> others);

    /// <summary>Careers whose figure in a region is the same, because they are counted in one official group.</summary>
    public abstract string SamePay(string region, IReadOnlyList<string> titles, SalaryFigure figure);

    /// <summary>What a screen reader says for a salary range picture.</summary>
    public string RangePicture(string region, SalaryFigure low, SalaryFigure median, SalaryFigure high)
    {
        ArgumentNullException.ThrowIfNull(low);
        ArgumentNullException.ThrowIfNull(median);
        ArgumentNullException.ThrowIfNull(high);
        return Labelled(AnswerParts.Capitalised(RegionName(region)), $"{Figure(low)}, {Figure(median)}, {Figure(high)}");
    }

    /// <summary>Before the follow-up questions in a terminal ("You could also ask:").</summary>
    public abstract string AlsoAsk { get; }

    /// <summary>For a career with no figure to show in a comparison.</summary>
    public abstract string NoFigure { get; }

    public abstract string YearNotStated { get; }

    public abstract string ShowMore { get; }

    /// <summary>The answer card's feedback buttons.</summary>
    public abstract string Helpful { get; }

    public abstract string NotHelpful { get; }

    /// <summary>The text's stand-in for the feedback buttons, where cards are not shown.</summary>
    public abstract string RateThisAnswer { get; }

    public abstract string ShowLess { get; }

    /// <summary>"Alberta: …" in English, "L'Alberta : …" in French.</summary>
    public virtual string Labelled(string label, string value) => $"{label}: {value}";

    public string Heading(CareerRef career, string topic) => $"{career.Title} — {TopicLabel(topic)}";

    public string Source(SourceReference source) => $"{source.Title} ({source.Year ?? YearNotStated})";
}
