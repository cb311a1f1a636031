using CareerBot.Knowledge.Files;

namespace CareerBot.Cli;

/// <summary><c>careerbot check [folder]</c>: validates the career files; prints every problem as <c>file:line: message</c>.</summary>
public sealed class CheckCommand : ICliCommand
{
    public string Name => "check";

    public string Summary => "check [folder]   validate the career files (exit 1 and print file:line: problem when any is wrong)";

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
        foreach (var problem in load.Problems)
        {
            console.Out.WriteLine(problem.ToString());
        }

        if (load.HasProblems)
        {
            console.Error.WriteLine($"{load.Problems.Count} problem(s) in {folder}");
            return Task.FromResult(1);
        }

        console.Out.WriteLine($"OK: {load.Careers.Count} careers in {folder}");
        return Task.FromResult(0);
    }
}
