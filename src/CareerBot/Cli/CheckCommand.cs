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
        var load = KnowledgeFolderLoader.Load(folder);
        var corpus = CorpusLoader.Load(folder);
        var problems = load.Problems.Select(p => p.ToString())
            .Concat(corpus.Problems.Select(p => p.ToString()))
            .Concat(HeldOutOverlaps(corpus))
            .ToList();
        foreach (var problem in problems)
        {
            console.Out.WriteLine(problem);
        }

        if (problems.Count > 0)
        {
            console.Error.WriteLine($"{problems.Count} problem(s) in {folder}");
            return Task.FromResult(1);
        }

        console.Out.WriteLine($"OK: {load.Careers.Count} careers and {corpus.Examples.Count} labelled examples in {folder}");
        return Task.FromResult(0);
    }

    /// <summary>A held-out example that also sits in the training corpus measures nothing: training must never see it.</summary>
    private static IEnumerable<string> HeldOutOverlaps(ExampleCorpus corpus)
    {
        var folder = Path.Combine(ContentRootLocator.Locate(), EvalCommand.DefaultSet);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var set = EvaluationSet.Load(folder);
        var training = corpus.Examples.GroupBy(e => (e.Language, ExampleKey.Of(e.Text))).ToDictionary(g => g.Key, g => g.First());
        return set.Problems.Concat(set.Messages.Concat(set.Ratings)
            .Where(c => training.ContainsKey((c.Language, ExampleKey.Of(c.Text))))
            .Select(c => $"{Path.GetRelativePath(folder, c.File)}:{c.Line}: held-out example '{c.Text}' is also in training at " +
                $"{training[(c.Language, ExampleKey.Of(c.Text))].File}:{training[(c.Language, ExampleKey.Of(c.Text))].Line}"));
    }
}
