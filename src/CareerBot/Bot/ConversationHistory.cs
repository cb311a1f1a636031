using Microsoft.Extensions.Caching.Memory;

namespace CareerBot.Bot;

/// <summary>
/// The last few user messages per conversation, for follow-up questions ("how much do they make?").
/// In memory with sliding expiry and a size cap, until conversation state replaces it.
/// </summary>
public sealed class ConversationHistory : IDisposable
{
    public const int MessagesKept = 5;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });
    private readonly MemoryCacheEntryOptions _entryOptions = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) };

    /// <summary>Earlier messages of the conversation, oldest first.</summary>
    public IReadOnlyList<string> Recent(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        if (!_cache.TryGetValue(conversationId, out Queue<string>? messages) || messages is null)
        {
            return [];
        }

        lock (messages)
        {
            return messages.ToArray();
        }
    }

    public void Add(string conversationId, string text)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(text);
        var messages = _cache.GetOrCreate(conversationId, entry =>
        {
            entry.SetOptions(_entryOptions);
            return new Queue<string>(MessagesKept + 1);
        })!;
        lock (messages)
        {
            messages.Enqueue(text);
            while (messages.Count > MessagesKept)
            {
                messages.Dequeue();
            }
        }
    }

    public void Dispose() => _cache.Dispose();
}
