namespace CareerBot.Benchmarks;

/// <summary>Where the benchmark finds the repository, its options and the built careerbot executable.</summary>
internal static class BenchPaths
{
    public static string FindRepository() => Testing.RepositoryRoot.Folder;

    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static string DefaultCareerBot(string repository) =>
        Path.Combine(repository, "src", "CareerBot", "bin", "Release", "net10.0", OperatingSystem.IsWindows() ? "careerbot.exe" : "careerbot");
}
