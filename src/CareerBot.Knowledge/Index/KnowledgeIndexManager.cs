using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Index;

/// <summary>
/// Holds the current snapshot and rebuilds it when the folder changes (debounced). The swap is one reference
/// write, so a reader sees the old or the new snapshot, never half of one; a broken edit keeps the last good file,
/// and a broken catalogue file keeps the last good catalogue (at start there is none to keep: it stops the start).
/// </summary>
internal sealed class KnowledgeIndexManager : IDisposable
{
    private readonly object reloadGate = new();
    private readonly FileSystemWatcher? watcher;
    private readonly Timer debounce;
    private readonly TimeSpan delay;
    private KnowledgeSnapshot current;
    private KnowledgeLoad lastLoad;

    public KnowledgeIndexManager(string folder, bool watch, TimeSpan delay)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Folder = folder;
        this.delay = delay;
        current = SnapshotCache.GetOrBuild(folder, () => KnowledgeSnapshot.Build(Servable(KnowledgeFolderLoader.Load(folder))));
        lastLoad = current.Load;

        debounce = new Timer(_ => TryReload(), null, Timeout.Infinite, Timeout.Infinite);
        if (watch && Directory.Exists(folder))
        {
            watcher = TryWatch(folder, out var error);
            WatchError = error;
        }
    }

    /// <summary>Raised after every reload attempt, with the problems that attempt found.</summary>
    public event EventHandler<KnowledgeLoad>? Reloaded;

    public string Folder { get; }

    /// <summary>Why the folder is not watched (for example the system's inotify limit), or null.</summary>
    public string? WatchError { get; }

    public KnowledgeSnapshot Current => Volatile.Read(ref current);

    public KnowledgeLoad LastLoad => Volatile.Read(ref lastLoad);

    public void Reload()
    {
        KnowledgeLoad load;
        lock (reloadGate)
        {
            var previous = Current;
            load = KnowledgeFolderLoader.Load(Folder, previous.Load.Careers);
            if ((load.Careers.Count > 0 || previous.Careers.Count == 0) && load.Blocking.Count == 0)
            {
                Volatile.Write(ref current, KnowledgeSnapshot.Build(load));
            }

            Volatile.Write(ref lastLoad, load);
        }

        Reloaded?.Invoke(this, load);
    }

    /// <summary>Reloads, turning any failure into a reported problem: the watcher runs this on a timer thread, where an escaping exception would end the process.</summary>
    public void TryReload()
    {
        try
        {
            Reload();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var failed = LastLoad with { Problems = [new KnowledgeProblem(Folder, 0, $"reload failed ({ex.GetType().Name}); the last good index stays")] };
            Volatile.Write(ref lastLoad, failed);
            Reloaded?.Invoke(this, failed);
        }
    }

    public void Dispose()
    {
        watcher?.Dispose();
        debounce.Dispose();
    }

    private FileSystemWatcher? TryWatch(string folder, out string? error)
    {
        error = null;
        var created = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
        };
        created.Changed += OnFileEvent;
        created.Created += OnFileEvent;
        created.Deleted += OnFileEvent;
        created.Renamed += OnFileEvent;
        try
        {
            created.EnableRaisingEvents = true;
            return created;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Out of inotify instances, say: serve the loaded index and say changes need a restart.
            error = ex.Message;
            created.Dispose();
            return null;
        }
    }

    /// <summary>The load, unless a broken catalogue file blocks it: then the start stops before any index is built.</summary>
    private static KnowledgeLoad Servable(KnowledgeLoad load) =>
        load.Blocking.Count > 0 ? throw new KnowledgeFolderException(load.Blocking) : load;

    // Editors write a file in several steps; wait for a quiet moment before rebuilding.
    private void OnFileEvent(object sender, FileSystemEventArgs e) => debounce.Change(delay, Timeout.InfiniteTimeSpan);
}
