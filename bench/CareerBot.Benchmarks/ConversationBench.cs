using System.Diagnostics;
using CareerBot.Knowledge;
using CareerBot.Knowledge.Answers;

namespace CareerBot.Benchmarks;

/// <summary>
/// Times <see cref="KnowledgeBase.Ask"/> the way the advisor calls it under the load benchmark: each message of the
/// shared load script in turn, with the conversation's last six messages as context (most are not career questions).
/// Run twice: the script as is (messages recur, as under load), and with every message new (a number appended).
/// </summary>
internal static class ConversationBench
{
    private const int Turns = 20_000;
    private const int ContextKept = 6;

    /// <summary>The texts of the shared load script (../shared/bench/turns.lua) and of bench/load/advisor-mix.txt.</summary>
    private static readonly string[] Script =
    [
        "hi there", "how should I prepare for an interview?", "profile", "Alice", "Engineering", "yes",
        "how do I negotiate my salary offer?", "what is the meaning of life",
        "hi there", "What does an IT service manager do?", "How much do they earn?", "what education do I need?", "thanks",
    ];

    public static void Run(string folder)
    {
        Console.WriteLine("## conversation turns (load-script messages with six context messages)");
        using var knowledge = new KnowledgeBase(folder, watchForChanges: false);
        Measure(knowledge, "script messages", turn => Script[turn % Script.Length], 20 * Script.Length);
        Measure(knowledge, "every message new", turn => $"{Script[turn % Script.Length]} {turn}", 5 * Script.Length);
        Console.WriteLine();
    }

    private static void Measure(KnowledgeBase knowledge, string name, Func<int, string> message, int warmUp)
    {
        var context = new List<string>();
        for (var turn = 0; turn < warmUp; turn++)
        {
            Ask(knowledge, context, message(Turns + turn));
        }

        context.Clear();
        var texts = Enumerable.Range(0, Turns).Select(message).ToArray();
        var perMessage = new double[Script.Length];
        var cpuStart = ThreadCpuClock.NowMilliseconds();
        var start = Stopwatch.GetTimestamp();
        for (var turn = 0; turn < Turns; turn++)
        {
            var began = Stopwatch.GetTimestamp();
            Ask(knowledge, context, texts[turn]);
            perMessage[turn % Script.Length] += Stopwatch.GetElapsedTime(began).TotalMilliseconds;
        }

        var wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var cpu = ThreadCpuClock.NowMilliseconds() - cpuStart;
        Console.WriteLine($"{name}, {Turns} asks: wall {wall / Turns * 1000:F1} µs per ask" +
            (ThreadCpuClock.Available ? $", CPU {cpu / Turns * 1000:F1} µs per ask" : string.Empty));
        if (Environment.GetEnvironmentVariable("BENCH_SLOWEST") is not null)
        {
            for (var i = 0; i < Script.Length; i++)
            {
                Console.WriteLine($"  {perMessage[i] / (Turns / Script.Length) * 1000,7:F1} µs wall  {Script[i]}");
            }
        }
    }

    private static void Ask(KnowledgeBase knowledge, List<string> context, string text)
    {
        knowledge.Ask(new Question(text, context.ToArray()));
        context.Add(text);
        if (context.Count > ContextKept)
        {
            context.RemoveAt(0);
        }
    }
}
