using CareerBot.Counselling.Privacy;
using CareerBot.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Counselling.Insights;

/// <summary>
/// Counts what students do, with no student id, and keeps the questions the bot could not answer for the counsellors.
/// A turn only adds to counts in memory; <see cref="FlushAsync"/> (every few seconds, and at shutdown) adds them to the
/// stored day, so recording costs a turn no storage write.
/// </summary>
public sealed class InsightRecorder
{
    private readonly object _gate = new();
    private readonly InsightStore _store;
    private readonly TimeProvider _clock;
    private readonly CounsellingOptions _options;
    private readonly ILogger<InsightRecorder> _logger;
    private Dictionary<DateOnly, DailyCounts> _pending = [];
    private List<QuestionRecord> _questions = [];

    public InsightRecorder(InsightStore store, TimeProvider clock, IOptions<CounsellingOptions> options, ILogger<InsightRecorder> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _options = options.Value;
    }

    public void ConversationActive() => Count(c => c.Conversations++);

    public void Question(string? career, string? topic, bool answered) => Count(c =>
    {
        c.Questions++;
        if (!answered)
        {
            c.Unanswered++;
        }

        if (topic is not null)
        {
            DailyCounts.Count(c.QuestionsByTopic, topic);
        }

        if (career is not null)
        {
            DailyCounts.Count(c.QuestionsByCareer, career);
        }
    });

    public void FitCheckStarted(string career) => Count(c => DailyCounts.Count(c.FitChecksStarted, career));

    public void FitCheckFinished(string career, string band) => Count(c =>
    {
        if (!c.FitChecksFinished.TryGetValue(career, out var bands))
        {
            c.FitChecksFinished[career] = bands = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        DailyCounts.Count(bands, band);
    });

    public void Feedback(bool helpful) => Count(c =>
    {
        if (helpful)
        {
            c.Helpful++;
        }
        else
        {
            c.NotHelpful++;
        }
    });

    public void HandoffRequested() => Count(c => c.HandoffsRequested++);

    /// <summary>What became of a request for a person (<see cref="HandoffOutcomes"/>).</summary>
    public void Handoff(string outcome) => Count(c => DailyCounts.Count(c.HandoffOutcomes, outcome));

    /// <summary>Keeps a question for the console: masked, and its text only while the school keeps texts.</summary>
    public void Keep(string text, string reason, string? career, string? topic, string intent, double confidence, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var now = _clock.GetUtcNow();
        var record = new QuestionRecord
        {
            Id = InsightStore.NewQuestionId(now),
            At = now,
            Text = _options.KeepQuestionText ? PersonalDataMask.Mask(text) : null,
            Reason = reason,
            Career = career,
            Topic = topic,
            Intent = intent,
            Confidence = Math.Round(confidence, 3),
            Language = language,
        };
        lock (_gate)
        {
            _questions.Add(record);
        }
    }

    /// <summary>Adds what was recorded since the last flush to the store; what cannot be written waits for the next one.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        Dictionary<DateOnly, DailyCounts> days;
        List<QuestionRecord> questions;
        lock (_gate)
        {
            (days, _pending) = (_pending, []);
            (questions, _questions) = (_questions, []);
        }

        foreach (var (day, counts) in days)
        {
            try
            {
                await _store.AddAsync(day, counts, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogWarning(ex, "Insight counts for {Day} could not be saved yet; they are kept for the next try", day);
                lock (_gate)
                {
                    Pending(day).Add(counts);
                }
            }
        }

        if (questions.Count > 0)
        {
            try
            {
                await _store.KeepAllAsync(questions, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Written in batches: those already stored are skipped as duplicates when they come round again.
                _logger.LogWarning(ex, "{Count} kept questions could not be saved yet; they are kept for the next try", questions.Count);
                lock (_gate)
                {
                    _questions.InsertRange(0, questions);
                }
            }
        }
    }

    private void Count(Action<DailyCounts> change)
    {
        var day = InsightStore.DayOf(_clock.GetUtcNow());
        lock (_gate)
        {
            change(Pending(day));
        }
    }

    private DailyCounts Pending(DateOnly day)
    {
        if (!_pending.TryGetValue(day, out var counts))
        {
            _pending[day] = counts = new DailyCounts();
        }

        return counts;
    }
}
