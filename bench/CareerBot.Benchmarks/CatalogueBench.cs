using System.Diagnostics;
using CareerBot.Knowledge;
using CareerBot.Knowledge.Occupations;
using CareerBot.Understanding.Asking;
using CareerBot.Understanding.Corpus;
using CareerBot.Understanding.Interpreting;
using CareerBot.Understanding.Learning;

namespace CareerBot.Benchmarks;

/// <summary>
/// The shipped knowledge with the whole occupation catalogue: the time to load it in a fresh process, the memory it
/// holds, title recognition and a question's whole answer (understanding and composing) for questions about
/// occupations drawn from the catalogue's own titles, each asked once (never seen), then again (cached).
/// </summary>
internal static class CatalogueBench
{
    private const int Questions = 2000;

    private static readonly string[] Frames =
    [
        "how much do {0} make", "what does a {0} do", "how do i become a {0}", "{0} education", "is {0} a good job",
        "combien gagne un {0}", "c'est quoi un {0}", "{0} salary in ontario", "what skills do {0} need", "{0}",
    ];

    public static void Run(string folder, int turns)
    {
        Console.WriteLine("## shipped knowledge with the occupation catalogue");
        var clock = Stopwatch.StartNew();
        using var knowledge = new KnowledgeBase(folder, watchForChanges: false);
        var load = clock.Elapsed.TotalMilliseconds;
        var rss = Process.GetCurrentProcess().WorkingSet64;
        Console.WriteLine($"first load in this process: {load:F0} ms ({knowledge.Careers.Count} careers, {knowledge.Problems.Count} problems); " +
            $"RSS {rss / 1048576.0:F0} MB, managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:F0} MB");

        var texts = Sample(folder);
        var mentions = Time(texts, t => knowledge.FindMentions(t));
        Report("title recognition (FindMentions)", mentions);

        var model = UnderstandingModel.Train(CorpusLoader.Load(folder), knowledge.FindMentions);
        var interpreter = new Interpreter(() => model, knowledge);
        var first = Time(texts, t => AskPipeline.Answer(knowledge, interpreter, new Question(t)));
        Report("whole answer, first time each (understanding + name matching + composing)", first);
        var again = Time(texts, t => AskPipeline.Answer(knowledge, interpreter, new Question(t)));
        Report("whole answer, asked again", again);

        if (turns > 0)
        {
            clock.Restart();
            for (var i = 0; i < turns; i++)
            {
                AskPipeline.Answer(knowledge, interpreter, new Question(texts[i % texts.Count] + (i >= texts.Count ? " " + i : "")));
            }

            Console.WriteLine($"{turns} answers in {clock.Elapsed.TotalSeconds:F0} s; RSS after them {Process.GetCurrentProcess().WorkingSet64 / 1048576.0:F0} MB " +
                $"(peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB)");
        }

        Console.WriteLine();
    }

    /// <summary>Questions about occupations, each naming one by an official title (English or French) in a student frame.</summary>
    private static List<string> Sample(string folder)
    {
        var catalogue = OccupationCatalogue.Load(Path.Combine(folder, "catalogue")).Catalogue;
        var random = new Random(20261208);
        var titles = catalogue.Titles.Where(t => !t.IsAcronym).ToArray();
        return Enumerable.Range(0, Questions)
            .Select(_ => string.Format(System.Globalization.CultureInfo.InvariantCulture,
                Frames[random.Next(Frames.Length)], titles[random.Next(titles.Length)].Title.ToLowerInvariant()))
            .ToList();
    }

    private static double[] Time(IReadOnlyList<string> texts, Action<string> run)
    {
        var samples = new double[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            run(texts[i]);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        return samples;
    }

    private static void Report(string what, double[] sorted) =>
        Console.WriteLine($"{what} over {sorted.Length} questions: p50 {Percentile(sorted, 0.50):F3} ms, p99 {Percentile(sorted, 0.99):F3} ms, max {sorted[^1]:F3} ms");

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
