namespace CareerBot.Browser.Tests;

/// <summary>Where the browser tests save their screenshots for a person to look at: tests/CareerBot.Browser.Tests/bin/screenshots.</summary>
internal static class Screenshots
{
    public static string PathFor(string name)
    {
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "bin", "screenshots");
        Directory.CreateDirectory(folder);
        return System.IO.Path.Combine(folder, name);
    }
}
