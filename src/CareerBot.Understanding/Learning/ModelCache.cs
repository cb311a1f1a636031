using System.Security.Cryptography;
using System.Text;
using CareerBot.Understanding.Corpus;

namespace CareerBot.Understanding.Learning;

/// <summary>
/// Trained models on disk, so <c>careerbot ask</c>, <c>eval</c> and a restarted host skip the training (about a second of
/// CPU on both cores, several seconds of wall time on a busy machine). A cached model is used only when its key matches:
/// a hash of every file of the knowledge folder (examples, labels, career files and their names, which the features
/// read) and of the understanding and knowledge code itself. A missing, stale, truncated or corrupt file is never an
/// error: the models are trained again and the file rewritten. Nothing here is committed: the default folder is the
/// system temp folder.
/// </summary>
public sealed class ModelCache
{
    /// <summary>Changes when the file layout below changes.</summary>
    private const int FormatVersion = 1;

    private const int FilesKept = 8;
    private static readonly byte[] Magic = "CBUM"u8.ToArray();

    public ModelCache(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
    }

    /// <summary>The cache folder of this machine's user: <c>$TMPDIR/careerbot-understanding</c>.</summary>
    public static ModelCache Default { get; } = new(Path.Combine(Path.GetTempPath(), "careerbot-understanding"));

    public string Folder { get; }

    /// <summary>The key of the models <paramref name="knowledgeFolder"/> trains: its files (path and bytes) and the code.</summary>
    public static string Key(string knowledgeFolder)
    {
        ArgumentNullException.ThrowIfNull(knowledgeFolder);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AddText(hash, $"format {FormatVersion}");
        foreach (var assembly in new[] { typeof(ModelCache).Assembly, typeof(Knowledge.KnowledgeBase).Assembly })
        {
            AddText(hash, assembly.ManifestModule.ModuleVersionId.ToString("N"));
        }

        var root = Path.GetFullPath(knowledgeFolder);
        IEnumerable<(string Relative, string Full)> files = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => (Relative: Path.GetRelativePath(root, f).Replace('\\', '/'), Full: f))
                .OrderBy(f => f.Relative, StringComparer.Ordinal)
            : [];
        foreach (var (relative, full) in files)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(full);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                bytes = Encoding.UTF8.GetBytes("unreadable " + Guid.NewGuid()); // never matches: the models are trained
            }

            AddText(hash, relative);
            AddText(hash, bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public string PathOf(string key) => Path.Combine(Folder, $"understanding-{key}.bin");

    /// <summary>The models stored under <paramref name="key"/>, or null when there are none or they cannot be read.</summary>
    public UnderstandingModel? TryLoad(string key, ExampleCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(corpus);
        try
        {
            var bytes = File.ReadAllBytes(PathOf(key));
            const int header = 4 + 4 + 32; // magic, format version, SHA-256 of the payload
            if (bytes.Length < header || !bytes.AsSpan(0, 4).SequenceEqual(Magic)
                || BitConverter.ToInt32(bytes, 4) != FormatVersion
                || !SHA256.HashData(bytes.AsSpan(header)).AsSpan().SequenceEqual(bytes.AsSpan(8, 32)))
            {
                return null;
            }

            using var reader = new BinaryReader(new MemoryStream(bytes, header, bytes.Length - header, writable: false), Encoding.UTF8);
            if (reader.ReadString() != key)
            {
                return null;
            }

            var model = UnderstandingModel.Read(reader, corpus);
            return reader.BaseStream.Position == reader.BaseStream.Length ? model : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException
                                       or EndOfStreamException or ArgumentException or OverflowException or FormatException
                                       or OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>Stores <paramref name="model"/> under <paramref name="key"/> (whole or not at all); false when the folder is not writable.</summary>
    public bool Save(string key, UnderstandingModel model)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(model);
        var temporary = Path.Combine(Folder, $".understanding-{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(Folder);
            using var payload = new MemoryStream();
            using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(key);
                model.Write(writer);
            }

            var body = payload.GetBuffer().AsSpan(0, (int)payload.Length);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                file.Write(Magic);
                file.Write(BitConverter.GetBytes(FormatVersion));
                file.Write(SHA256.HashData(body));
                file.Write(body);
            }

            // A rename: a reader sees the old file or the whole new one, never half of it.
            File.Move(temporary, PathOf(key), overwrite: true);
            RemoveOld();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the next start trains again.
            }

            return false;
        }
    }

    /// <summary>Keeps the newest few models (several checkouts or test folders may share the cache).</summary>
    private void RemoveOld()
    {
        foreach (var old in new DirectoryInfo(Folder).EnumerateFiles("understanding-*.bin")
                     .OrderByDescending(f => f.LastWriteTimeUtc).Skip(FilesKept))
        {
            try
            {
                old.Delete();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another process may be reading it; it goes next time.
            }
        }
    }

    private static void AddText(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }
}
