using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine.Conversations;

/// <summary>The live Direct Line conversations of this process, in memory.</summary>
/// <remarks>Not shared between instances: a scaled-out deployment needs sticky sessions (or a shared log, not built).</remarks>
public sealed class ConversationStore
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;

    public ConversationStore(IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _options = options.Value;
        _clock = clock;
    }

    public static string NewConversationId() => Base64UrlId(16);

    public static string NewUserId() => "dl_" + Base64UrlId(12);

    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        conversation.Touch(_clock.GetUtcNow());
        return conversation;
    }

    /// <summary>Creates the conversation unless it exists; null when the store is full.</summary>
    public (DirectLineConversation Conversation, bool Created)? GetOrCreate(string conversationId, string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        if (Find(conversationId) is { } existing)
        {
            return (existing, false);
        }

        if (_conversations.Count >= _options.MaxConversations)
        {
            return null;
        }

        var created = new DirectLineConversation(conversationId, userId, _options.MaxActivitiesPerConversation, _clock.GetUtcNow());
        var stored = _conversations.GetOrAdd(conversationId, created);
        return (stored, ReferenceEquals(stored, created));
    }

    /// <summary>Forgets conversations idle for longer than the configured time; returns how many.</summary>
    public int RemoveIdle()
    {
        var cutoff = _clock.GetUtcNow() - TimeSpan.FromMinutes(_options.ConversationIdleMinutes);
        var removed = 0;
        foreach (var (id, conversation) in _conversations)
        {
            if (conversation.LastUsed < cutoff && _conversations.TryRemove(id, out _))
            {
                conversation.Close();
                removed++;
            }
        }

        return removed;
    }

    private static string Base64UrlId(int bytes) =>
        System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(bytes));
}
