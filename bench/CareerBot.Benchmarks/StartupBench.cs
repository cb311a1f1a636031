using System.Diagnostics;

namespace CareerBot.Benchmarks;

/// <summary>Times a fresh <c>careerbot ask</c> process from start to its first answer line (the index is built inside).</summary>
internal static class StartupBench
{
    private const int Runs = 5;

    public static void Run(string careerbot, string repository)
    {
        Console.WriteLine("## process start to first ask answer");
        if (!File.Exists(careerbot))
        {
            Console.WriteLine($"skipped: {careerbot} not found (build it: dotnet build src/CareerBot -c Release)");
            return;
        }

        var times = new List<double>();
        long peak = 0;
        for (var run = 0; run < Runs + 1; run++)
        {
            var info = new ProcessStartInfo(careerbot) { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "ask", "how much do IT service managers make in Alberta?" })
            {
                info.ArgumentList.Add(arg);
            }

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(info)!;
            var first = process.StandardOutput.ReadLine();
            clock.Stop();
            try
            {
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                // The process already exited; its peak is no longer readable.
            }

            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (first is null || process.ExitCode != 0)
            {
                Console.WriteLine($"failed: exit code {process.ExitCode}, {process.StandardError.ReadToEnd()}");
                return;
            }

            if (run > 0)
            {
                // The first run warms the OS file cache and is not counted.
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine($"{Runs} runs (after one warm-up): median {times[Runs / 2]:F0} ms, min {times[0]:F0} ms, max {times[^1]:F0} ms" +
            (peak > 0 ? $"; careerbot peak working set {peak / 1024.0 / 1024.0:F0} MB" : string.Empty));
    }
}
