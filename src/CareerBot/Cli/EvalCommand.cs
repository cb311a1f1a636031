using CareerBot.Advisor.FitCheck;
using CareerBot.Knowledge;
using CareerBot.Knowledge.Catalog;
using CareerBot.Understanding;
using CareerBot.Understanding.Evaluation;
using CareerBot.Web;

namespace CareerBot.Cli;

/// <summary>
/// <c>careerbot eval [--set folder] [--folds k] [--no-misses]</c>: scores understanding on a labelled evaluation set
/// (default eval/heldout, which training never reads) and prints accuracy per intent, topic, career and language,
/// the confusions and every miss; with <c>--folds</c>, k-fold cross-validation on the training corpus too.
/// </summary>
public sealed class EvalCommand : ICliCommand
{
    public const string DefaultSet = "eval/heldout";

    public string Name => "eval";

    public string Summary => "eval [--set folder] [--folds k] [--no-misses]   understanding accuracy on the held-out set";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        string? setFolder = null;
        string? knowledgeFolder = null;
        var folds = 0;
        var misses = true;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--set" when i + 1 < args.Count:
                    setFolder = args[++i];
                    break;
                case "--knowledge" when i + 1 < args.Count:
                    knowledgeFolder = args[++i];
                    break;
                case "--folds" when i + 1 < args.Count && int.TryParse(args[i + 1], out var k) && k >= 2:
                    folds = k;
                    i++;
                    break;
                case "--no-misses":
                    misses = false;
                    break;
                default:
                    console.Error.WriteLine("Usage: careerbot eval [--set folder] [--knowledge folder] [--folds k] [--no-misses]");
                    return Task.FromResult(2);
            }
        }

        using var knowledge = new KnowledgeBase(AskKnowledgeFolder.Resolve(knowledgeFolder), watchForChanges: false);
        using var understanding = new UnderstandingService(knowledge, watchForChanges: false, cache: CareerBot.Understanding.Learning.ModelCache.Default);
        var set = EvaluationSet.Load(CliPaths.Resolve(setFolder ?? DefaultSet));
        foreach (var problem in set.Problems.Concat(understanding.Problems.Select(p => p.ToString())))
        {
            console.Error.WriteLine(problem);
        }

        console.Out.WriteLine($"training corpus: {understanding.Model.Corpus.Examples.Count} examples; " +
            $"evaluation set: {set.Messages.Count} messages, {set.Ratings.Count} ratings, {set.FitChecks.Count} fit checks");
        var report = Evaluator.Run(understanding, set, (careerId, levels) => FitBandOf(knowledge, careerId, levels), new CatalogOccupationCodes(knowledge));
        console.Out.Write(report.Render(misses));
        if (folds > 0)
        {
            var tally = CrossValidation.Run(understanding.Model.Corpus, knowledge.FindMentions, folds);
            console.Out.WriteLine($"{folds}-fold cross-validation on the training corpus (label): {EvaluationReportFormat.Percent(tally.Accuracy)} ({tally.Right}/{tally.All})");
            foreach (var (key, right, all) in tally.ByKey)
            {
                console.Out.WriteLine($"  {key,-34} {EvaluationReportFormat.Percent((double)right / all),7} ({right}/{all})");
            }
        }

        return Task.FromResult(0);
    }

    /// <summary>The band the advisor's scorer gives these answers, in the order of the career's traits (extra answers ignored).</summary>
    internal static string? FitBandOf(ICareerCatalog knowledge, string careerId, IReadOnlyList<int?> levels)
    {
        if (knowledge.FindCareer(careerId) is not { Fit.Count: > 0 } career)
        {
            return null;
        }

        var answers = career.Fit.Select((t, i) => new TraitAnswer(t.Trait, t.Label, t.Weight, i < levels.Count ? levels[i] : null, t.Improve)).ToList();
        return FitScorer.Band(FitScorer.Percent(answers)).ToString();
    }
}
