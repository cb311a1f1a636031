using System.Globalization;
using System.Text;
using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Index;

/// <summary>
/// The snapshot last built from a folder, reused while none of the folder's files changed: building one with the
/// whole occupation catalogue takes seconds, and several hosts in one process (tests, a console beside the bot) load
/// the same folder. A folder's files are compared by path, size and write time.
/// </summary>
internal static class SnapshotCache
{
    private const int Kept = 2;

    private static readonly object Gate = new();
    private static readonly List<(string Key, KnowledgeSnapshot Snapshot)> Entries = [];

    /// <summary>Benchmarks of the build itself set this to 1, so each knowledge base they time builds its own.</summary>
    public const string Switch = "CAREERBOT_NO_SNAPSHOT_CACHE";

    public static KnowledgeSnapshot GetOrBuild(string folder, Func<KnowledgeSnapshot> build)
    {
        if (Environment.GetEnvironmentVariable(Switch) == "1")
        {
            return build();
        }

        var key = Signature(folder);
        lock (Gate)
        {
            var found = Entries.FindIndex(e => e.Key == key);
            if (found >= 0)
            {
                return Entries[found].Snapshot;
            }
        }

        var snapshot = build();
        if (snapshot.Load.HasProblems)
        {
            return snapshot; // a broken folder is read again next time, so its problems are reported again
        }

        lock (Gate)
        {
            Entries.RemoveAll(e => e.Key == key);
            Entries.Add((key, snapshot));
            if (Entries.Count > Kept)
            {
                Entries.RemoveAt(0);
            }
        }

        return snapshot;
    }

    private static string Signature(string folder)
    {
        var text = new StringBuilder(Path.GetFullPath(folder));
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var info = new FileInfo(file);
                text.Append('\n').Append(file).Append('|').Append(info.Length.ToString(CultureInfo.InvariantCulture))
                    .Append('|').Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            text.Append('\n').Append(Guid.NewGuid()); // cannot list it: never reuse
        }

        return text.ToString();
    }
}
