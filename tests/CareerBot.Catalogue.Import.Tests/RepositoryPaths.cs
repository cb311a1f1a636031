namespace CareerBot.Catalogue.Import.Tests;

/// <summary>The repository root (the folder holding CareerBot.sln), the committed catalogue and the official data
/// folder beside the repository (<c>../shared/data</c>, absent from a plain clone).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Testing.RepositoryRoot.Folder;

    public static string Catalogue => Path.Combine(Root, "knowledge", "catalogue");

    /// <summary><c>CAREERBOT_SHARED_DATA</c> overrides the place, for a git worktree that is not beside <c>shared/</c>.</summary>
    public static string Data => Environment.GetEnvironmentVariable("CAREERBOT_SHARED_DATA") is { Length: > 0 } data
        ? data
        : Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    public static bool HasData => Directory.Exists(Data);

    public const string NoDataMessage = "../shared/data (the official files) is not beside the repository root";
}
