using Microsoft.Data.Sqlite;

namespace CareerBot.BotFramework.Storage.Sqlite;

/// <summary>
/// One open connection with its statements prepared once, so a turn pays only for binding and stepping.
/// Used by one caller at a time (rented from <see cref="SqliteStorage"/>'s pool).
/// </summary>
internal sealed class SqliteSession : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _read;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _delete;

    public SqliteSession(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        try
        {
            // NORMAL is durable against a crash of the process (WAL), only a power loss can lose the last turns.
            // A 512 KB page cache per connection instead of SQLite's 2 MB: state is read by key, the OS caches the
            // file anyway, and under 32 concurrent turns the per-connection caches were a sizeable part of the RSS.
            Execute("PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000; PRAGMA cache_size = -512;");
            _read = Prepare($"SELECT etag, json FROM {SqliteStorage.Table} WHERE key = $key");
            _upsert = Prepare($"INSERT INTO {SqliteStorage.Table} (key, etag, json) VALUES ($key, $etag, $json) " +
                              "ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json");
            _update = Prepare($"UPDATE {SqliteStorage.Table} SET etag = $etag, json = $json WHERE key = $key AND etag = $expected");
            _insert = Prepare($"INSERT INTO {SqliteStorage.Table} (key, etag, json) VALUES ($key, $etag, $json) ON CONFLICT (key) DO NOTHING");
            _delete = Prepare($"DELETE FROM {SqliteStorage.Table} WHERE key = $key");
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    public (string ETag, string Json)? Read(string key)
    {
        _read.Parameters["$key"].Value = key;
        using var reader = _read.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>Writes one item if its condition holds; false means the write lost a race.</summary>
    public bool Write(string key, WriteCondition condition, string? expectedETag, string newETag, string json)
    {
        var command = condition switch
        {
            WriteCondition.IfMatch => _update,
            WriteCondition.IfAbsent => _insert,
            _ => _upsert,
        };
        command.Parameters["$key"].Value = key;
        command.Parameters["$etag"].Value = newETag;
        command.Parameters["$json"].Value = json;
        if (condition == WriteCondition.IfMatch)
        {
            command.Parameters["$expected"].Value = expectedETag;
        }

        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>Keys from <paramref name="prefix"/> up to (not including) the prefix with its last character raised by one:
    /// a range the primary key's index answers, where LIKE would scan the table.</summary>
    public IReadOnlyList<string> ListKeys(string prefix)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = prefix.Length == 0
            ? $"SELECT key FROM {SqliteStorage.Table}"
            : $"SELECT key FROM {SqliteStorage.Table} WHERE key >= $from AND key < $to";
        if (prefix.Length > 0)
        {
            command.Parameters.AddWithValue("$from", prefix);
            command.Parameters.AddWithValue("$to", prefix[..^1] + (char)(prefix[^1] + 1));
        }

        var keys = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    public void Delete(string key)
    {
        _delete.Parameters["$key"].Value = key;
        _delete.ExecuteNonQuery();
    }

    /// <summary>Runs <paramref name="work"/> in one transaction, so a multi-key write that conflicts changes nothing.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        using var transaction = _connection.BeginTransaction();
        SetTransaction(transaction);
        try
        {
            var result = work();
            transaction.Commit();
            return result;
        }
        finally
        {
            SetTransaction(null);
        }
    }

    public void Dispose() => _connection.Dispose();

    private void SetTransaction(SqliteTransaction? transaction)
    {
        _read.Transaction = _upsert.Transaction = _update.Transaction = _insert.Transaction = _delete.Transaction = transaction;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in new[] { "$key", "$etag", "$json", "$expected" })
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                command.Parameters.Add(new SqliteParameter(name, SqliteType.Text));
            }
        }

        command.Prepare();
        return command;
    }
}
