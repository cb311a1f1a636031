namespace CareerBot.Catalogue.Import.Tests;

/// <summary>The repository root (the folder holding CareerBot.sln), the committed catalogue and the official data
/// folder beside the repository (<c>../shared/data</c>, absent from a plain clone).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Catalogue => Path.Combine(Root, "knowledge", "catalogue");

    /// <summary><c>CAREERBOT_SHARED_DATA</c> overrides the place, for a git worktree that is not beside <c>shared/</c>.</summary>
    public static string Data => Environment.GetEnvironmentVariable("CAREERBOT_SHARED_DATA") is { Length: > 0 } data
        ? data
        : Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    public static bool HasData => Directory.Exists(Data);

    public const string NoDataMessage = "../shared/data (the official files) is not beside the repository root";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareerBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CareerBot.sln not found above " + AppContext.BaseDirectory);
    }
}
