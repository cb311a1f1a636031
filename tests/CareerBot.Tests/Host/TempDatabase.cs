namespace CareerBot.Tests.Host;

/// <summary>A SQLite file in its own temporary folder, deleted with the folder.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "careerbot-host-" + Guid.NewGuid().ToString("N"));

    public TempDatabase() => Directory.CreateDirectory(_folder);

    public string Path => System.IO.Path.Combine(_folder, "careerbot.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platform; the temp folder is cleaned by the OS.
        }
    }
}
