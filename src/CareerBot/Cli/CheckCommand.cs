using CareerBot.Knowledge.Files;
using CareerBot.Understanding.Corpus;
using CareerBot.Understanding.Evaluation;
using CareerBot.Web;

namespace CareerBot.Cli;

/// <summary><c>careerbot check [folder]</c>: validates the career files; prints every problem as <c>file:line: message</c>.</summary>
public sealed class CheckCommand : ICliCommand
{
    public string Name => "check";

    public string Summary => "check [folder]   validate the career files and the labelled examples (exit 1 and print file:line: problem when any is wrong)";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        if (args.Count > 1 || args.Any(a => a.StartsWith('-')))
        {
            console.Error.WriteLine("Usage: careerbot check [folder]");
            return Task.FromResult(2);
        }

        var folder = AskKnowledgeFolder.Resolve(args.Count == 1 ? args[0] : null);
        var (careers, examples, problems) = Run(folder);
        foreach (var problem in problems)
        {
            console.Out.WriteLine(problem);
        }

        if (problems.Count > 0)
        {
            console.Error.WriteLine($"{problems.Count} problem(s) in {folder}");
            return Task.FromResult(1);
        }

        console.Out.WriteLine($"OK: {careers} careers and {examples} labelled examples in {folder}");
        return Task.FromResult(0);
    }

    /// <summary>Everything the check reports for a knowledge folder, as <c>file:line: problem</c> lines (the console shows the same).</summary>
    public static (int Careers, int Examples, IReadOnlyList<string> Problems) Run(string folder)
    {
        var load = KnowledgeFolderLoader.Load(folder);
        var corpus = CorpusLoader.Load(folder);
        var problems = load.Problems.Select(p => p.ToString())
            .Concat(CareerFileReview.Review(load.Careers).Select(p => p.ToString()))
            .Concat(corpus.Problems.Select(p => p.ToString()))
            .Concat(HeldOutOverlaps(corpus, EvaluationRoot(folder)))
            .ToList();
        return (load.Careers.Count, corpus.Examples.Count, problems);
    }

    /// <summary>The evaluation sets beside the knowledge folder (as in the repository), else under the content root.</summary>
    private static string EvaluationRoot(string knowledgeFolder)
    {
        var beside = Path.GetFullPath(Path.Combine(knowledgeFolder, "..", "eval"));
        return Directory.Exists(beside) ? beside : Path.Combine(ContentRootLocator.Locate(), "eval");
    }

    /// <summary>
    /// A training example that is also in an evaluation set (every folder under eval/) makes that set measure nothing.
    /// The problem points at the training line to reword and never prints the evaluation text, so whoever writes
    /// training examples still never reads an evaluation example.
    /// </summary>
    private static IEnumerable<string> HeldOutOverlaps(ExampleCorpus corpus, string evalRoot)
    {
        if (!Directory.Exists(evalRoot))
        {
            return [];
        }

        return Directory.GetDirectories(evalRoot).Order(StringComparer.Ordinal).SelectMany(folder =>
        {
            var set = EvaluationSet.Load(folder);
            return set.Problems.Concat(set.FoundIn(corpus).Select(found =>
                $"{found.Training.File}:{found.Training.Line}: this example is also in the evaluation set {Path.GetFileName(folder)}; " +
                "reword or remove it (training must never hold an evaluation example)"));
        });
    }
}
