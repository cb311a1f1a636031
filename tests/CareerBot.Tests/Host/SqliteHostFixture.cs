namespace CareerBot.Tests.Host;

/// <summary>One host on a fresh SQLite file, shared by a test class whose tests each use their own conversation.</summary>
public sealed class SqliteHostFixture : IAsyncLifetime
{
    private readonly TempDatabase _database = new();

    public BotHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await BotHost.StartAsync(_database.Path);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _database.Dispose();
    }
}
