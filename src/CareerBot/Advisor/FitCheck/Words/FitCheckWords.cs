using CareerBot.Advisor.Replies;

namespace CareerBot.Advisor.FitCheck.Words;

/// <summary>Every fixed sentence of the fit check and its result, in one language; the check keeps the language it
/// started in.</summary>
public abstract class FitCheckWords
{
    public abstract string Code { get; }

    /// <summary>"75%" in English, "75 %" in French.</summary>
    public virtual string Percent(int percent) => $"{percent}%";

    /// <summary>The word before a list's last item, with its spaces.</summary>
    public virtual string And => " and ";

    /// <summary>After a section title: French sets a space before the colon.</summary>
    public virtual string Colon => ":";

    /// <summary>Ends a question: French sets a space before the mark.</summary>
    public virtual string QuestionMark => "?";

    public abstract string Introduction(string title, int count, bool guessed);

    public abstract string Question(int number, int count, string question);

    public abstract string Retry(string question);

    public abstract string Explain(string label, string question);

    public abstract string ExplainFallback { get; }

    /// <summary>The five answer buttons; their values stay "1" to "5" in every language.</summary>
    public abstract IReadOnlyList<Button> Scale { get; }

    /// <summary>The band's phrase; exactly one appears in a result message.</summary>
    public abstract string Band(FitBand band);

    public abstract string Headline(int percent, string title, FitBand band, bool skippedAll);

    public abstract string YourFitFor(string title);

    public abstract string ScoreLabel { get; }

    public abstract string ResultLabel { get; }

    public abstract string StrongestTraits { get; }

    public abstract string NoneStoodOut { get; }

    public abstract string WhatToWorkOn { get; }

    public abstract string PractiseIt { get; }

    public abstract string NextStep { get; }

    public abstract string EducationPath { get; }

    public abstract string SimilarCareers { get; }

    public abstract string NoSimilarCareers { get; }

    /// <summary>"it calls for your X and Y", after a similar career.</summary>
    public abstract string CallsFor(IReadOnlyList<string> strengths);

    public abstract string Saved { get; }

    public abstract string ShowResultsTitle { get; }

    public abstract string FitCheckForTitle(string careerTitle);

    /// <summary>"Show my results" with nothing saved.</summary>
    public abstract string NoResults { get; }

    public abstract string TakeTheQuiz { get; }

    public abstract string ResultsHeader { get; }

    public abstract string ForgetResults { get; }

    /// <summary>One saved result: career, score, band, the day it was finished and the strongest traits.</summary>
    public abstract string ResultLine(string title, int percent, FitBand band, DateTimeOffset finished, IReadOnlyList<string> strengths);

    public static FitCheckWords For(string? language) =>
        language is not null && language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? FrenchFitCheckWords.Instance : EnglishFitCheckWords.Instance;
}
