using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace CareerBot.BotFramework.Storage.Sqlite;

/// <summary>
/// Bot state in one SQLite file (WAL): the embedded default. Several processes may share the file;
/// optimistic concurrency is enforced by the ETag in each UPDATE's WHERE clause.
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    public const string DefaultPath = "data/careerbot.db";
    internal const string Table = "bot_state";
    private const int MaxIdleSessions = 64;

    private readonly string _connectionString;
    private readonly ConcurrentBag<SqliteSession> _idle = [];
    private readonly Lock _initLock = new();

    // SQLite lets one connection write at a time; others meet SQLITE_BUSY and its busy handler sleeps 1, 2, 5, 10… ms
    // before trying again. Taking turns here instead wakes the next writer as soon as the last one commits: writes take
    // tens of microseconds, but under 32 concurrent turns those sleeps were the p99. (Another process on the same file
    // still waits in the busy handler.)
    private readonly Lock _writeLock = new();
    private volatile bool _initialized;
    private volatile bool _disposed;

    public SqliteStorage(string path = DefaultPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FilePath = Path.GetFullPath(path);

        // Pooling off: this class keeps its own pool of connections with prepared statements, and disposing it
        // must release the file.
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
    }

    public string FilePath { get; }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        Use(session =>
        {
            foreach (var key in keys)
            {
                if (session.Read(key) is { } row)
                {
                    result[key] = new StoreItem(StorageJson.ParseDocument(row.Json), row.ETag);
                }
            }
        });
        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(result);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var rows = changes.Select(c => (c.Key, Item: c.Value, Json: StorageJson.Serialize(c.Value), ETag: ETags.New())).ToList();
        UseForWriting(session =>
        {
            if (rows.Count == 1)
            {
                WriteRow(session, rows[0]);
            }
            else if (rows.Count > 1)
            {
                // A conflict throws out of the transaction, which then rolls back every row.
                session.InTransaction(() => { rows.ForEach(row => WriteRow(session, row)); return 0; });
            }
        });
        IReadOnlyDictionary<string, string> etags = rows.ToDictionary(r => r.Key, r => r.ETag, StringComparer.Ordinal);
        return Task.FromResult(etags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        UseForWriting(session =>
        {
            foreach (var key in keys)
            {
                session.Delete(key);
            }
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        IReadOnlyList<string> keys = [];
        Use(session => keys = session.ListKeys(prefix));
        return Task.FromResult(keys);
    }

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            Use(session => session.Read(string.Empty));
            return Task.FromResult(true);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return Task.FromResult(false);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    private static void WriteRow(SqliteSession session, (string Key, StoreItem Item, string Json, string ETag) row)
    {
        if (!session.Write(row.Key, row.Item.Condition, row.Item.ETag, row.ETag, row.Json))
        {
            throw new StorageConflictException(row.Key);
        }
    }

    private void UseForWriting(Action<SqliteSession> work) => Use(session =>
    {
        lock (_writeLock)
        {
            work(session);
        }
    });

    private void Use(Action<SqliteSession> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        EnsureCreated();
        var session = _idle.TryTake(out var idle) ? idle : new SqliteSession(_connectionString);
        try
        {
            work(session);
        }
        catch (Exception ex) when (ex is not StorageConflictException)
        {
            // The connection may be left mid-statement; do not hand it to the next turn.
            session.Dispose();
            throw;
        }
        catch
        {
            Return(session);
            throw;
        }

        Return(session);
    }

    private void Return(SqliteSession session)
    {
        if (_disposed || _idle.Count >= MaxIdleSessions)
        {
            session.Dispose();
            return;
        }

        _idle.Add(session);
    }

    /// <summary>Creates the folder, the file and the table once per process, not once per call.</summary>
    private void EnsureCreated()
    {
        if (_initialized)
        {
            return;
        }

        lock (_initLock)
        {
            if (_initialized)
            {
                return;
            }

            var folder = Path.GetDirectoryName(FilePath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText =
                "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; " +
                $"CREATE TABLE IF NOT EXISTS {Table} (key TEXT NOT NULL PRIMARY KEY, etag TEXT NOT NULL, json TEXT NOT NULL);";
            command.ExecuteNonQuery();
            _initialized = true;
        }
    }
}
