namespace CareerBot.Knowledge.Tests.Support;

/// <summary>Finds the shipped knowledge folder from the test's build output, wherever the repository was cloned.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Knowledge => Path.Combine(Root, "knowledge");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareerBot.sln")) && Directory.Exists(Path.Combine(dir.FullName, "knowledge")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (CareerBot.sln next to knowledge/).");
    }
}
