using CareerBot.Understanding.Evaluation;

namespace CareerBot.Understanding.Tests;

/// <summary>
/// The held-out set (eval/heldout) was written apart from the training examples and is never trained on; these are
/// the accuracy floors CI holds understanding to.
/// </summary>
[Collection(TrainedCollection.Name)]
public sealed class HeldOutTests(TrainedUnderstanding trained)
{
    private const double Floor = 0.95;

    private static readonly EvaluationSet HeldOut = EvaluationSet.Load(Repository.HeldOut);

    [Fact]
    public void The_held_out_set_loads_whole()
    {
        Assert.Empty(HeldOut.Problems);
        Assert.True(HeldOut.Messages.Count >= 500, $"{HeldOut.Messages.Count} messages");
        Assert.True(HeldOut.FitChecks.Count >= 30, $"{HeldOut.FitChecks.Count} fit checks");
    }

    [Fact]
    public void Held_out_accuracy_stays_above_the_floor()
    {
        var report = Evaluator.Run(trained.Service, HeldOut, Band, new CatalogOccupationCodes(trained.Knowledge));
        var summary = report.Render();
        Assert.True(report.Intents.Accuracy >= Floor, summary);
        Assert.True(report.TopicAndCareer.Accuracy >= Floor, summary);
        Assert.True(report.Ratings.Accuracy >= Floor, summary);
        Assert.True(report.FitCheckBands.Accuracy >= Floor, summary);
    }

    /// <summary>
    /// The fresh set's first, untouched run scored 86% on topic+career; it has been a development set since, and this
    /// floor keeps what was gained there.
    /// </summary>
    [Fact]
    public void Fresh_set_accuracy_stays_above_its_floor()
    {
        var fresh = EvaluationSet.Load(Repository.Fresh);
        var report = Evaluator.Run(trained.Service, fresh, occupations: new CatalogOccupationCodes(trained.Knowledge));
        var summary = report.Render();
        Assert.Empty(fresh.Problems);
        Assert.True(report.Intents.Accuracy >= Floor, summary);
        Assert.True(report.TopicAndCareer.Accuracy >= 0.90, summary);
        Assert.True(report.Ratings.Accuracy >= Floor, summary);
    }

    /// <summary>
    /// Questions about any occupation. Floors below the aim (90% occupation, 85% occupation+topic) until it is reached:
    /// they hold what every-occupation answering reaches today (83.7%/80.7% and 78.3%/71.6% on 2026-12-08), less about
    /// three points, so no change loses it unseen.
    /// </summary>
    [Theory]
    [InlineData("occupations", 0.81, 0.78)]
    [InlineData("occupations-b", 0.76, 0.69)]
    public void Occupation_sets_stay_above_their_floors(string set, double occupation, double occupationAndTopic)
    {
        var questions = EvaluationSet.Load(set == "occupations" ? Repository.Occupations : Repository.OccupationsUnread);
        var report = Evaluator.Run(trained.Service, questions, occupations: new CatalogOccupationCodes(trained.Knowledge));
        var summary = report.Render(showMisses: false);
        Assert.Empty(questions.Problems);
        Assert.True(questions.Messages.Count >= 400, summary);
        Assert.True(report.Occupations.Accuracy >= occupation, summary);
        Assert.True(report.OccupationAndTopic.Accuracy >= occupationAndTopic, summary);
    }

    [Fact]
    public void No_evaluation_message_is_in_the_training_corpus()
    {
        var leaked = new[] { HeldOut, EvaluationSet.Load(Repository.Fresh), EvaluationSet.Load(Repository.Occupations), EvaluationSet.Load(Repository.OccupationsUnread) }
            .SelectMany(set => set.FoundIn(trained.Service.Model.Corpus))
            .Select(found => $"{found.Case.File}:{found.Case.Line}")
            .ToArray();
        Assert.Empty(leaked);
    }

    /// <summary>The advisor's bands (70% strong, 45% moderate) over equal weights, enough to compare meant and understood.</summary>
    private static string Band(string career, IReadOnlyList<int?> levels)
    {
        var answered = levels.Take(8).OfType<int>().ToArray();
        var percent = answered.Length == 0 ? 0 : answered.Average(l => (l - 1) / 4.0) * 100;
        return percent >= 70 ? "strong" : percent >= 45 ? "moderate" : "weak";
    }
}
