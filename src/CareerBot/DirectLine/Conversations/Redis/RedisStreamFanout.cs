using System.Globalization;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Api;
using StackExchange.Redis;

namespace CareerBot.DirectLine.Conversations.Redis;

/// <summary>
/// This host's stream listeners, fed from the conversations' Redis channels: one channel subscription per conversation
/// with listeners here, whatever the number of listeners, dropped with the last one.
/// </summary>
/// <remarks>A new listener is registered before its backlog is read, and what arrives meanwhile is held, then passed on
/// only when newer than the backlog: no activity is lost or repeated in the gap.</remarks>
public sealed class RedisStreamFanout(RedisConnection redis)
{
    private readonly Dictionary<string, Channel> _channels = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Registers a listener that holds what arrives until <see cref="Listener.Start"/> gives it its backlog.</summary>
    public async Task<Listener> AddAsync(string conversationId)
    {
        Channel channel;
        var listener = new Listener();
        lock (_lock)
        {
            if (!_channels.TryGetValue(conversationId, out channel!))
            {
                channel = new Channel(conversationId);
                _channels[conversationId] = channel;
                channel.Subscribed = SubscribeAsync(channel);
            }

            channel.Listeners.Add(listener);
        }

        try
        {
            await channel.Subscribed.ConfigureAwait(false);
        }
        catch
        {
            Remove(conversationId, listener.Subscriber);
            throw;
        }

        return listener;
    }

    /// <summary>Ends the listener whose queue is <paramref name="subscriber"/>; the channel goes with its last listener.</summary>
    public void Remove(string conversationId, ActivitySubscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        Channel? emptied = null;
        lock (_lock)
        {
            if (_channels.TryGetValue(conversationId, out var channel)
                && channel.Listeners.RemoveAll(l => ReferenceEquals(l.Subscriber, subscriber)) > 0
                && channel.Listeners.Count == 0)
            {
                _channels.Remove(conversationId);
                emptied = channel;
            }
        }

        subscriber.Complete();
        if (emptied is not null)
        {
            _ = emptied.UnsubscribeAsync();
        }
    }

    public int Count(string conversationId)
    {
        lock (_lock)
        {
            return _channels.TryGetValue(conversationId, out var channel) ? channel.Listeners.Count : 0;
        }
    }

    private async Task SubscribeAsync(Channel channel)
    {
        var subscriber = await redis.SubscriberAsync().ConfigureAwait(false);
        var queue = await subscriber.SubscribeAsync(redis.Keys.Stream(channel.ConversationId)).ConfigureAwait(false);
        channel.Queue = queue;

        // One queue is read in order, so activities reach every listener in the order Redis published them.
        queue.OnMessage(message => Deliver(channel, message.Message));
    }

    private void Deliver(Channel channel, RedisValue message)
    {
        var text = (string?)message ?? "";
        if (text == "close")
        {
            List<Listener> closed;
            lock (_lock)
            {
                closed = [.. channel.Listeners];
            }

            closed.ForEach(l => Remove(channel.ConversationId, l.Subscriber));
            return;
        }

        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0 || JsonSerializer.Deserialize<Activity>(text.AsSpan(newline + 1), BotJson.Options) is not { } activity)
        {
            return;
        }

        long? seq = long.TryParse(text.AsSpan(0, newline), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        List<Listener> listeners;
        lock (_lock)
        {
            listeners = [.. channel.Listeners];
        }

        foreach (var listener in listeners)
        {
            if (!listener.Offer(activity, seq))
            {
                Remove(channel.ConversationId, listener.Subscriber);
            }
        }
    }

    /// <summary>One stream's queue, and what it holds until its backlog was given.</summary>
    public sealed class Listener
    {
        private readonly Lock _gate = new();
        private readonly List<(Activity Activity, long? Seq)> _held = [];
        private bool _started;
        private long _lastSeq = -1;

        public ActivitySubscriber Subscriber { get; } = new();

        /// <summary>Gives the backlog (whose last activity is <paramref name="lastSeq"/>), then what was held and is newer.</summary>
        public void Start(ActivitySet backlog, long lastSeq)
        {
            ArgumentNullException.ThrowIfNull(backlog);
            lock (_gate)
            {
                if (backlog.Activities.Count > 0)
                {
                    Subscriber.TryPush(backlog);
                }

                _lastSeq = lastSeq;
                _started = true;
                foreach (var (activity, seq) in _held)
                {
                    PushLocked(activity, seq);
                }

                _held.Clear();
            }
        }

        /// <summary>False when the listener has fallen too far behind and must go.</summary>
        internal bool Offer(Activity activity, long? seq)
        {
            lock (_gate)
            {
                if (!_started)
                {
                    _held.Add((activity, seq));
                    return true;
                }

                return PushLocked(activity, seq);
            }
        }

        private bool PushLocked(Activity activity, long? seq)
        {
            if (seq is { } s)
            {
                if (s <= _lastSeq)
                {
                    return true; // already in the backlog
                }

                _lastSeq = s;
            }

            return Subscriber.TryPush(new ActivitySet([activity], seq?.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private sealed class Channel(string conversationId)
    {
        public string ConversationId { get; } = conversationId;

        public List<Listener> Listeners { get; } = [];

        public Task Subscribed { get; set; } = Task.CompletedTask;

        public ChannelMessageQueue? Queue { get; set; }

        public async Task UnsubscribeAsync()
        {
            try
            {
                await Subscribed.ConfigureAwait(false);
                if (Queue is not null)
                {
                    await Queue.UnsubscribeAsync().ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is RedisException or ObjectDisposedException)
            {
                // Redis is away: the subscription went with the connection.
            }
        }
    }
}
