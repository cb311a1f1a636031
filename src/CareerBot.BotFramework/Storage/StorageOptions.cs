namespace CareerBot.BotFramework.Storage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageKind Kind { get; set; } = StorageKind.Sqlite;

    /// <summary>The SQLite file; a relative path is relative to the host's content root. Created with its folder on first use.</summary>
    public string SqlitePath { get; set; } = Sqlite.SqliteStorage.DefaultPath;

    /// <summary>Required for <see cref="StorageKind.Blob"/>; for Azurite use "UseDevelopmentStorage=true".</summary>
    public string? BlobConnectionString { get; set; }

    /// <summary>Created if missing.</summary>
    public string BlobContainer { get; set; } = "careerbot-state";
}
