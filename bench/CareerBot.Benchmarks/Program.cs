using CareerBot.Benchmarks;

// dotnet run -c Release --project bench/CareerBot.Benchmarks -- [--careers 1000] [--careerbot <path to careerbot>] [--conversation-only] [--console-only] [--catalogue-only [--turns 100000]]
var repository = BenchPaths.FindRepository();
var careers = BenchPaths.Option(args, "--careers") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 1000;
var careerbot = BenchPaths.Option(args, "--careerbot") ?? BenchPaths.DefaultCareerBot(repository);

Console.WriteLine($"CareerBot knowledge benchmark ({Environment.ProcessorCount} cores, .NET {Environment.Version})");
Console.WriteLine();

if (args.Contains("--catalogue-only"))
{
    var turns = BenchPaths.Option(args, "--turns") is { } t ? int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : 0;
    CatalogueBench.Run(Path.Combine(repository, "knowledge"), turns);
    StartupBench.Run(careerbot, repository);
    return;
}

// Each timed build builds: the process-wide snapshot cache would otherwise answer the later ones.
Environment.SetEnvironmentVariable("CAREERBOT_NO_SNAPSHOT_CACHE", "1");

if (args.Contains("--console-only"))
{
    await ConsoleBench.RunAsync(careerbot, repository);
    return;
}

var shipped = Path.Combine(repository, "knowledge");
ConversationBench.Run(shipped);
if (args.Contains("--conversation-only"))
{
    return;
}

var model = ModelBench.Run(shipped);
SearchBench.Run("shipped files", shipped, model, BenchQuestions.ForShipped(repository));

using (var generated = GeneratedKnowledge.Create(shipped, careers))
{
    // The models read masked names, so the shipped corpus's model serves the generated careers too.
    SearchBench.Run($"{careers} generated career files", generated.Folder, model, BenchQuestions.ForGenerated(generated.Titles));
}

StartupBench.Run(careerbot, repository);
await ConsoleBench.RunAsync(careerbot, repository);
