using CareerBot.Web;

namespace CareerBot.Cli;

/// <summary>
/// A folder given on the command line: as typed when it exists from the current folder, else from the repository
/// root (<c>dotnet run --project src/CareerBot</c> may run in the project's folder, where "eval/occupations" is not).
/// </summary>
internal static class CliPaths
{
    public static string Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Path.IsPathRooted(path) || Directory.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        return Path.GetFullPath(Path.Combine(ContentRootLocator.Locate(), path));
    }
}
