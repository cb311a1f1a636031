using System.Diagnostics;
using CareerBot.Knowledge;
using CareerBot.Knowledge.Answers;
using CareerBot.Understanding;
using CareerBot.Understanding.Interpreting;

namespace CareerBot.Benchmarks;

/// <summary>
/// Times one turn's understanding and answer the way the advisor does it under the load benchmark: each message of the
/// shared load script in turn is read once with the conversation's context (moved on by each message) and, when it
/// asks about a career, answered. Run twice: the script as is (messages recur, as under load), and with every
/// message new (a number appended, so no cache of readings or mentions helps).
/// </summary>
internal static class ConversationBench
{
    private const int Turns = 20_000;

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
        using var understanding = new UnderstandingService(knowledge, watchForChanges: false);
        var turn = new Turn(knowledge, understanding);
        Measure(turn, "script messages", i => Script[i % Script.Length], 20 * Script.Length);
        Measure(turn, "every message new", i => $"{Script[i % Script.Length]} {i}", 5 * Script.Length);
        Console.WriteLine();
    }

    private static void Measure(Turn conversation, string name, Func<int, string> message, int warmUp)
    {
        for (var turn = 0; turn < warmUp; turn++)
        {
            conversation.Take(message(Turns + turn));
        }

        conversation.Reset();
        var texts = Enumerable.Range(0, Turns).Select(message).ToArray();
        var perMessage = new double[Script.Length];
        var cpuStart = ThreadCpuClock.NowMilliseconds();
        var start = Stopwatch.GetTimestamp();
        for (var turn = 0; turn < Turns; turn++)
        {
            var began = Stopwatch.GetTimestamp();
            conversation.Take(texts[turn]);
            perMessage[turn % Script.Length] += Stopwatch.GetElapsedTime(began).TotalMilliseconds;
        }

        var wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var cpu = ThreadCpuClock.NowMilliseconds() - cpuStart;
        Console.WriteLine($"{name}, {Turns} asks: wall {wall / Turns * 1000:F1} µs per ask" +
            (ThreadCpuClock.Available ? $", CPU {cpu / Turns * 1000:F1} µs per ask" : string.Empty) +
            $"; {conversation.Answered * 100.0 / Math.Max(1, conversation.Taken):F0}% answered from a career file");
        if (Environment.GetEnvironmentVariable("BENCH_SLOWEST") is not null)
        {
            for (var i = 0; i < Script.Length; i++)
            {
                Console.WriteLine($"  {perMessage[i] / (Turns / Script.Length) * 1000,7:F1} µs wall  {Script[i]}");
            }
        }
    }

    /// <summary>One conversation: each message interpreted in its context, the context moved on, questions answered.</summary>
    private sealed class Turn(KnowledgeBase knowledge, IInterpreter interpreter)
    {
        private ConversationContext context = ConversationContext.None;

        public int Taken { get; private set; }

        public int Answered { get; private set; }

        public void Take(string text)
        {
            var meaning = interpreter.Interpret(text, context);
            context = ContextTracker.Advance(context, meaning);
            Taken++;
            if (meaning.Intent is Intent.Question or Intent.FollowUp)
            {
                var answer = knowledge.Ask(new AnswerRequest(meaning.Career, meaning.Topic, meaning.Region, meaning.Occupation, text));
                Answered += answer.Answered ? 1 : 0;
            }
        }

        public void Reset()
        {
            context = ConversationContext.None;
            (Taken, Answered) = (0, 0);
        }
    }
}
