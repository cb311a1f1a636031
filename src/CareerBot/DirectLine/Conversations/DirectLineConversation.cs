using System.Globalization;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Api;

namespace CareerBot.DirectLine.Conversations;

/// <summary>One Direct Line conversation: its bounded activity log (ids <c>{conversationId}|{seq:D7}</c>,
/// watermark = seq) and the stream listeners that get every new activity.</summary>
public sealed class DirectLineConversation
{
    private readonly object _gate = new();
    private readonly LinkedList<(long Seq, Activity Activity, int Bytes)> _log = new();
    private readonly List<ActivitySubscriber> _subscribers = [];
    private readonly int _maxActivities;
    private readonly int _maxBytes;
    private readonly Action<long>? _bytesChanged;
    private long _logBytes;
    private bool _closed;
    private long _nextSeq;
    private long _lastUsedTicks;

    /// <param name="bytesChanged">Told every change of <see cref="LogBytes"/>, so the store keeps the total of all logs.</param>
    public DirectLineConversation(
        string id, string userId, int maxActivities, DateTimeOffset now, int maxBytes = int.MaxValue, Action<long>? bytesChanged = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        Id = id;
        UserId = userId;
        _maxActivities = Math.Max(1, maxActivities);
        _maxBytes = Math.Max(1, maxBytes);
        _bytesChanged = bytesChanged;
        _lastUsedTicks = now.UtcTicks;
    }

    public string Id { get; }
    public string UserId { get; }

    public DateTimeOffset LastUsed => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);

    /// <summary>The size of the kept log, as the JSON its activities are read back in.</summary>
    public long LogBytes => Interlocked.Read(ref _logBytes);

    /// <summary>True once the conversation was forgotten (expired or evicted); it is out of the store for good.</summary>
    public bool IsClosed
    {
        get
        {
            lock (_gate)
            {
                return _closed;
            }
        }
    }

    /// <summary>The sequence number the next activity gets.</summary>
    public long NextSeq
    {
        get
        {
            lock (_gate)
            {
                return _nextSeq;
            }
        }
    }

    /// <summary>The oldest kept activity's sequence number; <see cref="NextSeq"/> when the log is empty.</summary>
    public long FirstSeq
    {
        get
        {
            lock (_gate)
            {
                return _log.First?.Value.Seq ?? _nextSeq;
            }
        }
    }

    /// <summary>A conversation read back from storage after a restart: its kept log, and its watermarks counting on.</summary>
    public static DirectLineConversation Restore(
        string id, string userId, int maxActivities, DateTimeOffset lastUsed, int maxBytes, long nextSeq,
        IEnumerable<(long Seq, Activity Activity)> log, Action<long>? bytesChanged = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        var conversation = new DirectLineConversation(id, userId, maxActivities, lastUsed, maxBytes, bytesChanged);
        lock (conversation._gate)
        {
            foreach (var (seq, activity) in log.Where(e => e.Seq < nextSeq).OrderBy(e => e.Seq))
            {
                var bytes = JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options).Length;
                conversation._log.AddLast((seq, activity, bytes));
                conversation.AddBytes(bytes);
            }

            conversation._nextSeq = nextSeq;
        }

        return conversation;
    }

    /// <summary>Gives the activity its id, logs it and pushes it to every listener.</summary>
    public AppendedActivity Append(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_gate)
        {
            var seq = _nextSeq++;
            activity.Id = FormatId(seq);
            var json = JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options);
            var bytes = json.Length;
            _log.AddLast((seq, activity, bytes));
            AddBytes(bytes);

            // Oldest first, by count and by bytes; the newest activity always stays so its poster can read it back.
            while (_log.Count > 1 && (_log.Count > _maxActivities || Interlocked.Read(ref _logBytes) > _maxBytes))
            {
                AddBytes(-_log.First!.Value.Bytes);
                _log.RemoveFirst();
            }

            Broadcast(new ActivitySet([activity], seq.ToString(CultureInfo.InvariantCulture)));
            return new AppendedActivity(activity.Id, seq, json);
        }
    }

    /// <summary>Sends an activity to the listeners without logging it (typing indicators).</summary>
    public void Push(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_gate)
        {
            Broadcast(new ActivitySet([activity], null));
        }
    }

    /// <summary>Called under the lock; a closed conversation is out of the store, so its bytes no longer count there.</summary>
    private void AddBytes(long delta)
    {
        Interlocked.Add(ref _logBytes, delta);
        if (!_closed)
        {
            _bytesChanged?.Invoke(delta);
        }
    }

    /// <summary>Empties the log ("forget me"); watermarks keep counting, so a client's next read gets only what follows.</summary>
    public void Erase()
    {
        lock (_gate)
        {
            _log.Clear();
            AddBytes(-Interlocked.Read(ref _logBytes));
        }
    }

    /// <summary>The logged activities after <paramref name="watermark"/> (all kept ones when null).</summary>
    public ActivitySet GetSince(long? watermark)
    {
        lock (_gate)
        {
            return Snapshot(watermark);
        }
    }

    /// <summary>How many stream listeners are open now.</summary>
    public int StreamCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>Registers a listener that first gets everything after <paramref name="watermark"/>, then every new activity, with no gap.</summary>
    public ActivitySubscriber Subscribe(long? watermark)
    {
        var subscriber = new ActivitySubscriber();
        lock (_gate)
        {
            var backlog = Snapshot(watermark);
            if (backlog.Activities.Count > 0)
            {
                subscriber.TryPush(backlog);
            }

            _subscribers.Add(subscriber);
        }

        return subscriber;
    }

    public void Unsubscribe(ActivitySubscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        lock (_gate)
        {
            _subscribers.Remove(subscriber);
        }

        subscriber.Complete();
    }

    /// <summary>Ends every stream (the conversation expired).</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            _subscribers.ForEach(s => s.Complete());
            _subscribers.Clear();
        }
    }

    private string FormatId(long seq) => $"{Id}|{seq.ToString("D7", CultureInfo.InvariantCulture)}";

    private ActivitySet Snapshot(long? watermark)
    {
        var activities = _log.Where(e => watermark is null || e.Seq > watermark).Select(e => e.Activity).ToList();
        var last = _nextSeq == 0 ? (long?)null : _nextSeq - 1;
        var mark = watermark is { } w && (last is null || w > last) ? w : last;
        return new ActivitySet(activities, mark?.ToString(CultureInfo.InvariantCulture));
    }

    private void Broadcast(ActivitySet set) => _subscribers.RemoveAll(s => !s.TryPush(set));
}
