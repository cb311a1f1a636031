using CareerBot.Benchmarks;

// dotnet run -c Release --project bench/CareerBot.Benchmarks -- [--careers 1000] [--careerbot <path to careerbot>] [--conversation-only] [--console-only]
var repository = BenchPaths.FindRepository();
var careers = BenchPaths.Option(args, "--careers") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 1000;
var careerbot = BenchPaths.Option(args, "--careerbot") ?? BenchPaths.DefaultCareerBot(repository);

Console.WriteLine($"CareerBot knowledge benchmark ({Environment.ProcessorCount} cores, .NET {Environment.Version})");
Console.WriteLine();

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
