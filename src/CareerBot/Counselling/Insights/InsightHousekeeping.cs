using CareerBot.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Counselling.Insights;

/// <summary>
/// Saves the recorded counts every few seconds (and at shutdown), and enforces the retention each hour: kept question
/// texts and requests for a person (with their messages) older than <c>Counselling:RetentionDays</c> are deleted, and
/// every question text once <c>KeepQuestionText</c> is off.
/// </summary>
public sealed class InsightHousekeeping : BackgroundService
{
    private static readonly TimeSpan FlushEvery = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    private readonly InsightRecorder _recorder;
    private readonly InsightStore _store;
    private readonly Handoff.HandoffStore _handoffs;
    private readonly TimeProvider _clock;
    private readonly CounsellingOptions _options;
    private readonly ILogger<InsightHousekeeping> _logger;

    public InsightHousekeeping(
        InsightRecorder recorder, InsightStore store, Handoff.HandoffStore handoffs, TimeProvider clock, IOptions<CounsellingOptions> options,
        ILogger<InsightHousekeeping> logger)
    {
        _handoffs = handoffs ?? throw new ArgumentNullException(nameof(handoffs));
        ArgumentNullException.ThrowIfNull(options);
        _recorder = recorder ?? throw new ArgumentNullException(nameof(recorder));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _options = options.Value;
    }

    /// <summary>Deletes what the retention no longer allows; returns how many questions and requests for a person went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var today = InsightStore.DayOf(_clock.GetUtcNow());
        var questions = await _store.PurgeAsync(_options.KeepQuestionText ? today.AddDays(-_options.RetentionDays + 1) : null, cancellationToken)
            .ConfigureAwait(false);
        var handoffs = await _handoffs.PurgeAsync(_clock.GetUtcNow().AddDays(-_options.RetentionDays), cancellationToken).ConfigureAwait(false);
        return questions + handoffs;
    }

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
                        _logger.LogInformation("Retention: {Count} kept questions and requests for a person deleted", purged);
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
