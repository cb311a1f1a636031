namespace CareerBot.Knowledge.Tests.Support;

/// <summary>Finds the shipped knowledge folder from the test's build output, wherever the repository was cloned.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Testing.RepositoryRoot.Folder;

    public static string Knowledge => Path.Combine(Root, "knowledge");
}
