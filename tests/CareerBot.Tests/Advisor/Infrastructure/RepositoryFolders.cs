namespace CareerBot.Tests.Advisor.Infrastructure;

/// <summary>Finds the repository's folders from the test output, so the tests use the real career files.</summary>
public static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string Knowledge => Path.Combine(Root, "knowledge");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "knowledge", "careers")) && File.Exists(Path.Combine(dir.FullName, "appsettings.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with knowledge/careers) was not found above the test output.");
    }
}
