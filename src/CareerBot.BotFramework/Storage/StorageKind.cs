namespace CareerBot.BotFramework.Storage;

/// <summary>Which <see cref="IStorage"/> the host uses (configuration <c>Storage:Kind</c>).</summary>
public enum StorageKind
{
    /// <summary>A SQLite file: the embedded default, survives restarts, shared by instances on one machine.</summary>
    Sqlite,

    /// <summary>Process memory: for tests; forgets everything on restart.</summary>
    Memory,

    /// <summary>Azure Blob Storage: for several instances on several machines.</summary>
    Blob,
}
