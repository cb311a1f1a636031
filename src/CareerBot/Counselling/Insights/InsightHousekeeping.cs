using CareerBot.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Counselling.Insights;

/// <summary>
/// Saves the recorded counts every few seconds (and at shutdown), and enforces the retention: kept question texts older
/// than <c>Counselling:RetentionDays</c> are deleted each hour, and all of them once <c>KeepQuestionText</c> is off.
/// </summary>
public sealed class InsightHousekeeping : BackgroundService
{
    private static readonly TimeSpan FlushEvery = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    private readonly InsightRecorder _recorder;
    private readonly InsightStore _store;
    private readonly TimeProvider _clock;
    private readonly CounsellingOptions _options;
    private readonly ILogger<InsightHousekeeping> _logger;

    public InsightHousekeeping(
        InsightRecorder recorder, InsightStore store, TimeProvider clock, IOptions<CounsellingOptions> options, ILogger<InsightHousekeeping> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _recorder = recorder ?? throw new ArgumentNullException(nameof(recorder));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _options = options.Value;
    }

    /// <summary>Deletes what the retention no longer allows; returns how many questions went.</summary>
    public Task<int> PurgeAsync(CancellationToken cancellationToken = default) =>
        _store.PurgeAsync(_options.KeepQuestionText ? InsightStore.DayOf(_clock.GetUtcNow()).AddDays(-_options.RetentionDays + 1) : null, cancellationToken);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await _recorder.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastPurge = DateTimeOffset.MinValue;
        using var timer = new PeriodicTimer(FlushEvery, _clock);
        do
        {
            try
            {
                await _recorder.FlushAsync(stoppingToken).ConfigureAwait(false);
                if (_clock.GetUtcNow() - lastPurge >= PurgeEvery)
                {
                    var purged = await PurgeAsync(stoppingToken).ConfigureAwait(false);
                    lastPurge = _clock.GetUtcNow();
                    if (purged > 0)
                    {
                        _logger.LogInformation("Retention: {Count} kept questions deleted", purged);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogWarning(ex, "Insight housekeeping failed; it runs again shortly");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
