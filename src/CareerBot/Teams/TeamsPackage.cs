using System.IO.Compression;
using System.Text;

namespace CareerBot.Teams;

/// <summary>The Teams app package: a zip with manifest.json and the two icons at its root, ready to upload to Teams.</summary>
public static class TeamsPackage
{
    public const string ManifestFile = "manifest.json";

    public static void Write(TeamsAppSettings settings, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(destination);
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, ManifestFile, Encoding.UTF8.GetBytes(TeamsManifest.Create(settings)));
        Add(zip, TeamsManifest.ColorIconFile, TeamsIcons.Color(settings.AccentRgb));
        Add(zip, TeamsManifest.OutlineIconFile, TeamsIcons.Outline());
    }

    public static void WriteFile(TeamsAppSettings settings, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var file = File.Create(path);
        Write(settings, file);
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        // A fixed time keeps the package byte-for-byte reproducible for the same settings.
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        stream.Write(content);
    }
}
