using CareerBot.Benchmarks;

// dotnet run -c Release --project bench/CareerBot.Benchmarks -- [--careers 1000] [--careerbot <path to careerbot>] [--conversation-only]
var repository = BenchPaths.FindRepository();
var careers = BenchPaths.Option(args, "--careers") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 1000;
var careerbot = BenchPaths.Option(args, "--careerbot") ?? BenchPaths.DefaultCareerBot(repository);

Console.WriteLine($"CareerBot knowledge benchmark ({Environment.ProcessorCount} cores, .NET {Environment.Version})");
Console.WriteLine();

var shipped = Path.Combine(repository, "knowledge");
ConversationBench.Run(shipped);
if (args.Contains("--conversation-only"))
{
    return;
}

SearchBench.Run("shipped files", shipped, BenchQuestions.ForShipped(repository));

using (var generated = GeneratedKnowledge.Create(shipped, careers))
{
    SearchBench.Run($"{careers} generated career files", generated.Folder, BenchQuestions.ForGenerated(generated.Titles));
}

StartupBench.Run(careerbot, repository);
