using System.Runtime.InteropServices;

namespace CareerBot.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux), so a question's cost can be told apart from time the scheduler gave to
/// other processes on a shared machine. Zero on other systems.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    public static bool Available { get; } = OperatingSystem.IsLinux();

    public static double NowMilliseconds()
    {
        if (!Available || ClockGetTime(ThreadCpuTimeId, out var time) != 0)
        {
            return 0;
        }

        return (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
