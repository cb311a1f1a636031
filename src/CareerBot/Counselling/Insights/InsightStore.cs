using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Storage;

namespace CareerBot.Counselling.Insights;

/// <summary>
/// The counsellors' insights in the state storage (SQLite, Blob or memory), so every host sharing a store sees the same:
/// one counts document per day (<c>insights/days/yyyy-MM-dd</c>) and one document per kept question
/// (<c>insights/questions/yyyy-MM-dd/{newest first}</c>).
/// </summary>
public sealed class InsightStore
{
    public const string DaysPrefix = "insights/days/";
    public const string QuestionsPrefix = "insights/questions/";

    /// <summary>Where a question marked handled moves, so listing the open ones reads no document.</summary>
    public const string HandledPrefix = "insights/handled/";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IStorage _storage;

    public InsightStore(IStorage storage)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
    }

    /// <summary>Each day's counts from <paramref name="from"/> to <paramref name="to"/>, a day with nothing recorded as empty counts.</summary>
    public async Task<IReadOnlyList<(DateOnly Day, DailyCounts Counts)>> DaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var days = new List<DateOnly>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            days.Add(day);
        }

        var stored = await _storage.ReadAsync([.. days.Select(DayKey)], cancellationToken).ConfigureAwait(false);
        return [.. days.Select(d => (d, stored.TryGetValue(DayKey(d), out var item) ? Counts(item.Document) : new DailyCounts()))];
    }

    /// <summary>Adds <paramref name="delta"/> to a day's counts; another host adding at the same time makes it read again.</summary>
    public Task AddAsync(DateOnly day, DailyCounts delta, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delta);
        return _storage.UpdateAsync(DayKey(day), stored =>
        {
            var counts = stored is null ? new DailyCounts() : Counts(stored);
            counts.Add(delta);
            return (JsonObject)JsonSerializer.SerializeToNode(counts, Json)!;
        }, cancellationToken);
    }

    public Task KeepAsync(QuestionRecord question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        return _storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            [QuestionsPrefix + question.Id] = StoreItem.New((JsonObject)JsonSerializer.SerializeToNode(question, Json)!),
        }, cancellationToken);
    }

    /// <summary>Questions kept in one write per <paramref name="batch"/> (one SQLite transaction) instead of one each: under load the
    /// bot keeps hundreds a second, and one write each took the store's write lock hundreds of times a second. A batch that
    /// meets a question already stored (a flush that half-succeeded before) is written one by one, the stored one skipped.</summary>
    public async Task KeepAllAsync(IReadOnlyList<QuestionRecord> questions, CancellationToken cancellationToken, int batch = 200)
    {
        ArgumentNullException.ThrowIfNull(questions);
        foreach (var chunk in questions.Chunk(Math.Max(1, batch)))
        {
            var items = chunk.ToDictionary(
                q => QuestionsPrefix + q.Id, q => StoreItem.New((JsonObject)JsonSerializer.SerializeToNode(q, Json)!), StringComparer.Ordinal);
            try
            {
                await _storage.WriteAsync(items, cancellationToken).ConfigureAwait(false);
            }
            catch (StorageConflictException) when (items.Count > 1)
            {
                foreach (var one in items)
                {
                    try
                    {
                        await _storage.WriteAsync(new Dictionary<string, StoreItem> { [one.Key] = one.Value }, cancellationToken).ConfigureAwait(false);
                    }
                    catch (StorageConflictException)
                    {
                        // Already stored.
                    }
                }
            }
        }
    }

    /// <summary>A new question id: its day, then a part that sorts the newest first, then a random part.</summary>
    public static string NewQuestionId(DateTimeOffset at) =>
        $"{DayOf(at):yyyy-MM-dd}/{(DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The kept questions, newest first; <paramref name="openOnly"/> leaves out those marked handled.</summary>
    public async Task<(IReadOnlyList<QuestionRecord> Page, int Total)> QuestionsAsync(
        int skip, int take, bool openOnly, CancellationToken cancellationToken)
    {
        var keys = (await _storage.ListKeysAsync(QuestionsPrefix, cancellationToken).ConfigureAwait(false)).ToList();
        if (!openOnly)
        {
            keys.AddRange(await _storage.ListKeysAsync(HandledPrefix, cancellationToken).ConfigureAwait(false));
        }

        keys.Sort(NewestFirst.Instance);
        var page = await ReadQuestionsAsync(keys.Skip(skip).Take(take).ToList(), cancellationToken).ConfigureAwait(false);
        return (page, keys.Count);
    }

    public async Task<QuestionRecord?> QuestionAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return (await ReadQuestionsAsync([QuestionsPrefix + id, HandledPrefix + id], cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    /// <summary>
    /// Marks a kept question handled (it moves to <see cref="HandledPrefix"/>), with the label it was added to the
    /// examples under when it was; false when it is gone.
    /// </summary>
    public async Task<bool> MarkHandledAsync(string id, CancellationToken cancellationToken, string? addedAs = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        var key = QuestionsPrefix + id;
        var read = await _storage.ReadAsync([key, HandledPrefix + id], cancellationToken).ConfigureAwait(false);
        if (read.TryGetValue(HandledPrefix + id, out var handled))
        {
            if (addedAs is not null)
            {
                handled.Document["addedAs"] = addedAs;
                await _storage.WriteAsync(new Dictionary<string, StoreItem> { [HandledPrefix + id] = handled }, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }

        if (!read.TryGetValue(key, out var item))
        {
            return false;
        }

        item.Document["handled"] = true;
        if (addedAs is not null)
        {
            item.Document["addedAs"] = addedAs;
        }

        await _storage.WriteAsync(new Dictionary<string, StoreItem> { [HandledPrefix + id] = new(item.Document, StoreItem.AnyETag) }, cancellationToken)
            .ConfigureAwait(false);
        await _storage.DeleteAsync([key], cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Deletes the kept questions older than <paramref name="keepFrom"/> (all of them when null); returns how many.</summary>
    public async Task<int> PurgeAsync(DateOnly? keepFrom, CancellationToken cancellationToken)
    {
        var keys = (await _storage.ListKeysAsync(QuestionsPrefix, cancellationToken).ConfigureAwait(false))
            .Concat(await _storage.ListKeysAsync(HandledPrefix, cancellationToken).ConfigureAwait(false));
        var old = keys.Where(k => keepFrom is null || !DateOnly.TryParseExact(IdOf(k).Split('/')[0], "yyyy-MM-dd",
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day < keepFrom).ToList();
        foreach (var batch in old.Chunk(100))
        {
            await _storage.DeleteAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        return old.Count;
    }

    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    private async Task<List<QuestionRecord>> ReadQuestionsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var read = await _storage.ReadAsync(keys.ToArray(), cancellationToken).ConfigureAwait(false);
        return keys.Where(read.ContainsKey)
            .Select(k => read[k].Document.Deserialize<QuestionRecord>(Json))
            .OfType<QuestionRecord>()
            .ToList();
    }

    private static string IdOf(string key) =>
        key.StartsWith(HandledPrefix, StringComparison.Ordinal) ? key[HandledPrefix.Length..] : key[QuestionsPrefix.Length..];

    private static string DayKey(DateOnly day) => DaysPrefix + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DailyCounts Counts(JsonObject document) => document.Deserialize<DailyCounts>(Json) ?? new DailyCounts();

    /// <summary>Newer days first; within a day the id's inverted time already sorts the newest first (open or handled alike).</summary>
    private sealed class NewestFirst : IComparer<string>
    {
        public static NewestFirst Instance { get; } = new();

        public int Compare(string? x, string? y)
        {
            var idX = IdOf(x ?? QuestionsPrefix);
            var idY = IdOf(y ?? QuestionsPrefix);
            var byDay = string.CompareOrdinal(idY[..Math.Min(10, idY.Length)], idX[..Math.Min(10, idX.Length)]);
            return byDay != 0 ? byDay : string.CompareOrdinal(idX, idY);
        }
    }
}
