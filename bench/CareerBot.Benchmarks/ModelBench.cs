using System.Diagnostics;
using CareerBot.Knowledge;
using CareerBot.Understanding.Corpus;
using CareerBot.Understanding.Learning;

namespace CareerBot.Benchmarks;

/// <summary>How long the learned models take to train from the corpus (what start-up and each reload pay) and the memory they hold.</summary>
internal static class ModelBench
{
    private const int Runs = 3;

    public static UnderstandingModel Run(string folder)
    {
        Console.WriteLine("## understanding models (training and memory)");
        using var knowledge = new KnowledgeBase(folder, watchForChanges: false);
        var corpus = CorpusLoader.Load(folder);
        UnderstandingModel.Train(corpus, knowledge.FindMentions);

        var times = new List<double>();
        UnderstandingModel? model = null;
        long held = 0;
        for (var run = 0; run < Runs; run++)
        {
            model = null;
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var clock = Stopwatch.StartNew();
            model = UnderstandingModel.Train(corpus, knowledge.FindMentions);
            times.Add(clock.Elapsed.TotalMilliseconds);
            held = GC.GetTotalMemory(forceFullCollection: true) - before;
        }

        times.Sort();
        Console.WriteLine($"training on {corpus.Examples.Count} examples: median {times[Runs / 2]:F0} ms over {Runs} runs (after one warm-up)");
        Console.WriteLine($"managed memory held by the trained models (corpus excluded): {held / 1024.0 / 1024.0:F1} MB");
        Console.WriteLine();
        return model!;
    }
}
