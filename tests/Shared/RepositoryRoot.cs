namespace CareerBot.Testing;

/// <summary>
/// The repository root the tests and benchmarks read committed files from (knowledge/, eval/, appsettings.json): the
/// nearest folder above the running assembly (or the current folder) that holds CareerBot.sln. One definition, linked
/// into every test and benchmark project; the product finds its content root with <c>ContentRootLocator</c>.
/// </summary>
internal static class RepositoryRoot
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CareerBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"CareerBot.sln not found above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}.");
    }
}
