using System.Diagnostics;
using CareerBot.Knowledge;

namespace CareerBot.Benchmarks;

/// <summary>
/// Times building a knowledge base (load, validate, index, lexicons): the first build in the process (code still
/// being compiled) and the median of later builds (steady state, as a reload in a running server sees it).
/// </summary>
internal static class BuildBench
{
    private const int WarmBuilds = 3;

    public static KnowledgeBase Run(string folder)
    {
        var (first, firstCpu) = Time(folder);
        var warm = Enumerable.Range(0, WarmBuilds).Select(_ => Time(folder)).OrderBy(t => t.Wall).ToArray();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var knowledge = new KnowledgeBase(folder, watchForChanges: false);
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        var median = warm[WarmBuilds / 2];
        Console.WriteLine($"index build (load, validate, index, lexicons): first {first:F0} ms (process CPU {firstCpu:F0} ms), " +
            $"then median of {WarmBuilds} {median.Wall:F0} ms (process CPU {median.Cpu:F0} ms)");
        Console.WriteLine($"managed memory held by the knowledge base: {held / 1024.0 / 1024.0:F1} MB");
        return knowledge;
    }

    private static (double Wall, double Cpu) Time(string folder)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using (new KnowledgeBase(folder, watchForChanges: false))
        {
            clock.Stop();
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        return (clock.Elapsed.TotalMilliseconds, cpu);
    }
}
