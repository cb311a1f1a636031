namespace CareerBot.Web;

/// <summary>
/// appsettings.json and knowledge/ live at the repository root, so the content root is that folder whether the host
/// is started from the root (dotnet run --project src/CareerBot), from elsewhere, or from its build output.
/// </summary>
internal static class ContentRootLocator
{
    public static WebApplicationOptions CreateOptions(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var givenElsewhere = args.Any(a => a.Contains("contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        return new WebApplicationOptions { Args = args, ContentRootPath = givenElsewhere ? null : Locate() };
    }

    internal static string Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "appsettings.json"))
                    && (Directory.Exists(Path.Combine(dir.FullName, "knowledge")) || File.Exists(Path.Combine(dir.FullName, "CareerBot.sln"))))
                {
                    return dir.FullName;
                }
            }
        }

        // A published build: the appsettings.json linked into the output.
        return AppContext.BaseDirectory;
    }
}
