using CareerBot.Advisor.Replies;

namespace CareerBot.Advisor.FitCheck.Words;

/// <summary>The fit check in English.</summary>
public sealed class EnglishFitCheckWords : FitCheckWords
{
    public static EnglishFitCheckWords Instance { get; } = new();

    public override string Code => "en";

    public override string Introduction(string title, int count, bool guessed) =>
        $"Let's see how well {title} suits you: {count} quick questions. Answer each from 1 (not at all) " +
        "to 5 (very much), or in your own words; you can say \"skip\", \"back\" or \"cancel\" at any time." +
        (guessed ? $" I started with {title}, the career students ask me about most; to check another one, tap it below." : "");

    public override string Question(int number, int count, string question) => $"Question {number} of {count}: {question}";

    public override string Retry(string question) =>
        "Sorry, I didn't catch that. Pick a number from 1 (not at all) to 5 (very much), or say it in your own words; " +
        $"you can also say \"skip\".\n\n{question}";

    public override string Explain(string label, string question) =>
        $"This question is about {label.ToLowerInvariant()}. Think of times at school, at home or in a job: {question} " +
        "1 means it isn't like you at all, 5 means it's very like you, and 3 is in the middle.";

    public override string ExplainFallback => "Answer from 1 (not at all like you) to 5 (very like you).";

    public override IReadOnlyList<Button> Scale { get; } =
        [new("1 - Not at all", "1"), new("2", "2"), new("3", "3"), new("4", "4"), new("5 - Very much", "5")];

    public override string Band(FitBand band) => band.Phrase();

    public override string Headline(int percent, string title, FitBand band, bool skippedAll) => skippedAll
        ? $"You skipped every question, so I can't tell much yet: {Percent(percent)} for {title}, a {Band(band)} for now."
        : $"You scored {Percent(percent)} for {title}: that's a {Band(band)}.";

    public override string YourFitFor(string title) => $"Your fit for {title}";

    public override string ScoreLabel => "Score";

    public override string ResultLabel => "Result";

    public override string StrongestTraits => "Your strongest traits";

    public override string NoneStoodOut => "none stood out yet (no answer of 4 or 5), and that's fine: traits grow with practice.";

    public override string WhatToWorkOn => "What to work on";

    public override string PractiseIt => "look for chances to practise it.";

    public override string NextStep => "Your next step";

    public override string EducationPath => "Education path";

    public override string SimilarCareers => "Similar careers that match your strengths";

    public override string NoSimilarCareers => "none stand out from your answers yet; ask me about similar careers to explore more.";

    public override string CallsFor(IReadOnlyList<string> strengths) => $"it calls for your {TextList.Join(strengths)}";

    public override string Saved => FitResultReply.Saved;

    public override string ShowResultsTitle => Button.ShowResults.Title;

    public override string FitCheckForTitle(string careerTitle) => Button.FitCheckFor(careerTitle).Title;

    public override string NoResults =>
        "You haven't finished a fit check yet, so there's nothing saved. Say \"fit check\" to take one: it's a few quick questions.";

    public override string TakeTheQuiz => "Take the quiz";

    public override string ResultsHeader => "Your saved fit check results:";

    public override string ForgetResults => "Say \"forget me\" if you'd like me to delete them.";

    public override string ResultLine(string title, int percent, FitBand band, DateTimeOffset finished, IReadOnlyList<string> strengths) =>
        $"- {title}: {Percent(percent)}, a {Band(band)} ({finished.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)})" +
        (strengths.Count > 0 ? $". Strongest: {TextList.Join(strengths)}." : ".");
}
