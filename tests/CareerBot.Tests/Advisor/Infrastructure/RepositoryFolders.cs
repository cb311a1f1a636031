namespace CareerBot.Tests.Advisor.Infrastructure;

/// <summary>Finds the repository's folders from the test output, so the tests use the real career files.</summary>
public static class RepositoryFolders
{
    public static string Root { get; } = Testing.RepositoryRoot.Folder;

    public static string Knowledge => Path.Combine(Root, "knowledge");
}
