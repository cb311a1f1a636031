using System.Diagnostics;
using CareerBot.Knowledge;
using CareerBot.Understanding.Asking;
using CareerBot.Understanding.Interpreting;
using CareerBot.Understanding.Learning;

namespace CareerBot.Benchmarks;

/// <summary>
/// Times the index build and every question as <c>careerbot ask</c> answers it: the learned understanding reads the
/// question (and its context messages), the knowledge base answers what was understood.
/// </summary>
internal static class SearchBench
{
    private const int Passes = 20;

    public static void Run(string name, string folder, UnderstandingModel model, IReadOnlyList<(string Text, string[] Context)> questions)
    {
        Console.WriteLine($"## {name}");
        using var knowledge = BuildBench.Run(folder);
        Console.WriteLine($"{knowledge.Careers.Count} careers, {knowledge.Problems.Count} problems");
        var interpreter = new Interpreter(() => model, knowledge);

        // Warm the JIT on a second knowledge base, so the timed one starts with nothing cached: its first pass is
        // what a new message costs, the later passes what a message seen before (a context message, say) costs.
        using (var warm = new KnowledgeBase(folder, watchForChanges: false))
        {
            var warmInterpreter = new Interpreter(() => model, warm);
            foreach (var (text, context) in questions)
            {
                AskPipeline.Answer(warm, warmInterpreter, new Question(text, context));
            }
        }

        var samples = new double[questions.Count * Passes];
        var cpu = new double[questions.Count * Passes];
        var answered = 0;
        for (var pass = 0; pass < Passes; pass++)
        {
            for (var i = 0; i < questions.Count; i++)
            {
                var question = new Question(questions[i].Text, questions[i].Context);
                var cpuStart = ThreadCpuClock.NowMilliseconds();
                var start = Stopwatch.GetTimestamp();
                var (answer, _) = AskPipeline.Answer(knowledge, interpreter, question);
                samples[(pass * questions.Count) + i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                cpu[(pass * questions.Count) + i] = ThreadCpuClock.NowMilliseconds() - cpuStart;
                answered += answer.Answered ? 1 : 0;
            }
        }

        if (Environment.GetEnvironmentVariable("BENCH_SLOWEST") is not null)
        {
            var slowest = Enumerable.Range(0, questions.Count)
                .Select(i => (Median: Enumerable.Range(0, Passes).Select(p => cpu[(p * questions.Count) + i]).Order().ElementAt(Passes / 2), questions[i].Text))
                .OrderByDescending(x => x.Median).Take(8);
            foreach (var (median, text) in slowest)
            {
                Console.WriteLine($"  slow: {median:F3} ms  {text}");
            }
        }

        var firstCpu = cpu[..questions.Count];
        var againCpu = cpu[questions.Count..];
        Array.Sort(firstCpu);
        Array.Sort(againCpu);
        Array.Sort(samples);
        Array.Sort(cpu);
        Console.WriteLine($"ask latency over {samples.Length} questions ({answered / Passes} of {questions.Count} answered): " +
            $"p50 {Percentile(samples, 0.50):F3} ms, p99 {Percentile(samples, 0.99):F3} ms, max {samples[^1]:F3} ms");
        if (ThreadCpuClock.Available)
        {
            Console.WriteLine($"ask CPU time of the asking thread (excludes time other processes held the core): " +
                $"p50 {Percentile(cpu, 0.50):F3} ms, p99 {Percentile(cpu, 0.99):F3} ms");
            Console.WriteLine($"  first pass (nothing cached): p50 {Percentile(firstCpu, 0.50):F3} ms, p99 {Percentile(firstCpu, 0.99):F3} ms; " +
                $"later passes: p50 {Percentile(againCpu, 0.50):F3} ms, p99 {Percentile(againCpu, 0.99):F3} ms");
        }

        Console.WriteLine($"process peak working set so far: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");
        Console.WriteLine();
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
