using CareerBot.BotFramework.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CareerBot.DirectLine.Conversations.Redis;

/// <summary>The one Redis connection of this host, opened on first use and kept retrying while Redis is away;
/// /healthz waits for it.</summary>
public sealed class RedisConnection : IReadinessCheck, IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection;

    public RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var configuration = ConfigurationOptions.Parse(options.Value.Configuration);

        // Start even when Redis is down; the multiplexer reconnects by itself and calls fail until it is back.
        configuration.AbortOnConnectFail = false;
        Keys = new RedisKeys(options.Value.KeyPrefix);
        _connection = new Lazy<Task<ConnectionMultiplexer>>(async () =>
        {
            var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
            multiplexer.ConnectionFailed += (_, e) => logger.LogWarning("Redis connection lost ({FailureType})", e.FailureType);
            multiplexer.ConnectionRestored += (_, _) => logger.LogInformation("Redis connection restored");
            return multiplexer;
        });
    }

    public RedisKeys Keys { get; }

    public string Name => "redis";

    public bool IsReady => _connection.Value is { IsCompletedSuccessfully: true } task && task.Result.IsConnected;

    public async Task<IDatabase> DatabaseAsync() => (await _connection.Value.ConfigureAwait(false)).GetDatabase();

    public async Task<ISubscriber> SubscriberAsync() => (await _connection.Value.ConfigureAwait(false)).GetSubscriber();

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            await _connection.Value.Result.CloseAsync().ConfigureAwait(false);
            _connection.Value.Result.Dispose();
        }
    }
}
