using System.Collections.Concurrent;
using CareerBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine.Conversations;

/// <summary>The live Direct Line conversations of this process, in memory (the embedded backplane's working set).</summary>
public sealed class ConversationStore
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;

    // Kept by the conversations as they log and trim, so checking the budget after a post costs nothing.
    private long _totalLogBytes;

    public ConversationStore(IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _options = options.Value;
        _clock = clock;
    }

    /// <summary>The conversation, if it lives; finding it does not keep it alive (a poller alone would, forever).</summary>
    public DirectLineConversation? Find(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var conversation) ? conversation : null;

    /// <summary>Marks the conversation used now: the student posted, started or reconnected.</summary>
    public void Touch(DirectLineConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        conversation.Touch(_clock.GetUtcNow());
    }

    /// <summary>
    /// Forgets the longest-idle conversations (never <paramref name="keep"/>) until all logs together fit in
    /// <see cref="DirectLineOptions.MaxLogBytes"/>; returns the ids forgotten.
    /// </summary>
    public IReadOnlyList<string> TrimToBudget(DirectLineConversation keep)
    {
        if (Interlocked.Read(ref _totalLogBytes) <= _options.MaxLogBytes)
        {
            return [];
        }

        var removed = new List<string>();
        foreach (var conversation in _conversations.Values.Where(c => !ReferenceEquals(c, keep)).OrderBy(c => c.LastUsed).ToList())
        {
            if (Interlocked.Read(ref _totalLogBytes) <= _options.MaxLogBytes)
            {
                break;
            }

            if (Forget(conversation))
            {
                removed.Add(conversation.Id);
            }
        }

        return removed;
    }

    /// <summary>Creates the conversation unless it exists; null when the store is full.</summary>
    public (DirectLineConversation Conversation, bool Created)? GetOrCreate(string conversationId, string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        if (Find(conversationId) is { } existing)
        {
            Touch(existing);
            return (existing, false);
        }

        if (_conversations.Count >= _options.MaxConversations)
        {
            return null;
        }

        var created = new DirectLineConversation(
            conversationId, userId, _options.MaxActivitiesPerConversation, _clock.GetUtcNow(), _options.MaxLogBytesPerConversation,
            CountBytes);
        var stored = _conversations.GetOrAdd(conversationId, created);
        return (stored, ReferenceEquals(stored, created));
    }

    /// <summary>Seconds until the longest-idle conversation expires (and the sweeper makes room), at least 1.</summary>
    public int SecondsUntilRoom()
    {
        var oldest = _conversations.Values.Select(c => c.LastUsed).DefaultIfEmpty(_clock.GetUtcNow()).Min();
        var expires = oldest + TimeSpan.FromMinutes(_options.ConversationIdleMinutes) + ConversationSweeper.Period;
        return (int)Math.Clamp(Math.Ceiling((expires - _clock.GetUtcNow()).TotalSeconds), 1, 24 * 3600);
    }

    /// <summary>Takes back a conversation read from storage after a restart, unless one of that id lives already.</summary>
    public void Restore(string conversationId, string userId, DateTimeOffset lastUsed, long nextSeq, IEnumerable<(long Seq, Activity Activity)> log)
    {
        var restored = DirectLineConversation.Restore(
            conversationId, userId, _options.MaxActivitiesPerConversation, lastUsed, _options.MaxLogBytesPerConversation, nextSeq, log, CountBytes);
        if (!_conversations.TryAdd(conversationId, restored))
        {
            restored.Erase();
        }
    }

    /// <summary>True when a conversation last used at <paramref name="lastUsed"/> has been idle too long to keep.</summary>
    public bool IsExpired(DateTimeOffset lastUsed) =>
        lastUsed < _clock.GetUtcNow() - TimeSpan.FromMinutes(_options.ConversationIdleMinutes);

    /// <summary>Forgets conversations idle for longer than the configured time; returns the ids forgotten.</summary>
    public IReadOnlyList<string> RemoveIdle()
    {
        var removed = new List<string>();
        foreach (var conversation in _conversations.Values)
        {
            if (IsExpired(conversation.LastUsed) && Forget(conversation))
            {
                removed.Add(conversation.Id);
            }
        }

        return removed;
    }

    private void CountBytes(long delta) => Interlocked.Add(ref _totalLogBytes, delta);

    /// <summary>Removes the conversation and its log from the total; false when another caller removed it first.</summary>
    private bool Forget(DirectLineConversation conversation)
    {
        if (!_conversations.TryRemove(conversation.Id, out _))
        {
            return false;
        }

        // Erased while still open, so its bytes leave the total; closed after, so a late append adds none.
        conversation.Erase();
        conversation.Close();
        return true;
    }
}
