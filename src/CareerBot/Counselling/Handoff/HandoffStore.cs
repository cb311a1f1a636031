using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CareerBot.BotFramework.State;
using CareerBot.BotFramework.Storage;

namespace CareerBot.Counselling.Handoff;

/// <summary>
/// Requests for a person in the state storage, so the console on any host sees a student on any host. Also a transcript
/// store: "forget me" deletes the conversation's handoffs with their messages.
/// </summary>
public sealed class HandoffStore : ITranscriptStore
{
    public const string Prefix = "counselling/handoffs/";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly IStorage _storage;

    public HandoffStore(IStorage storage)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
    }

    /// <summary>A new id: sorts the newest first, then names the conversation it belongs to (for "forget me").</summary>
    public static string NewId(DateTimeOffset at, string conversationId) =>
        $"{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}-{Guid.NewGuid().ToString("N")[..8]}-{Hash(conversationId)}";

    public Task CreateAsync(HandoffRecord handoff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        return _storage.WriteAsync(new Dictionary<string, StoreItem> { [Prefix + handoff.Id] = StoreItem.New(ToDocument(handoff)) }, cancellationToken);
    }

    public async Task<HandoffRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var read = await _storage.ReadAsync([Prefix + id], cancellationToken).ConfigureAwait(false);
        return read.TryGetValue(Prefix + id, out var item) ? item.Document.Deserialize<HandoffRecord>(Json) : null;
    }

    /// <summary>Changes a handoff under its ETag (the student and the counsellor may write at once); null when it is gone.</summary>
    public async Task<HandoffRecord?> UpdateAsync(string id, Func<HandoffRecord, HandoffRecord> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var written = await _storage.UpdateAsync(Prefix + id,
            stored => stored?.Deserialize<HandoffRecord>(Json) is { } current ? ToDocument(change(current)) : null,
            cancellationToken).ConfigureAwait(false);
        return written?.Deserialize<HandoffRecord>(Json);
    }

    /// <summary>Every handoff, newest first (a school's inbox holds tens, not thousands).</summary>
    public async Task<IReadOnlyList<HandoffRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var keys = (await _storage.ListKeysAsync(Prefix, cancellationToken).ConfigureAwait(false)).Order(StringComparer.Ordinal).ToArray();
        if (keys.Length == 0)
        {
            return [];
        }

        var read = await _storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        return [.. keys.Where(read.ContainsKey).Select(k => read[k].Document.Deserialize<HandoffRecord>(Json)).OfType<HandoffRecord>()];
    }

    /// <summary>Deletes the handoffs started before <paramref name="startedBefore"/> (their messages with them); returns how many.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset startedBefore, CancellationToken cancellationToken)
    {
        // The id starts with the inverted start time, so the key alone says how old a handoff is.
        var newestToGo = DateTimeOffset.MaxValue.UtcTicks - startedBefore.UtcTicks;
        var old = (await _storage.ListKeysAsync(Prefix, cancellationToken).ConfigureAwait(false))
            .Where(k => long.TryParse(k.AsSpan(Prefix.Length, Math.Min(19, k.Length - Prefix.Length)), out var inverted) && inverted > newestToGo)
            .ToList();
        if (old.Count > 0)
        {
            await _storage.DeleteAsync(old, cancellationToken).ConfigureAwait(false);
        }

        return old.Count;
    }

    public async Task DeleteTranscriptAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var suffix = "-" + Hash(conversationId);
        var keys = (await _storage.ListKeysAsync(Prefix, cancellationToken).ConfigureAwait(false)).Where(k => k.EndsWith(suffix, StringComparison.Ordinal)).ToList();
        if (keys.Count == 0)
        {
            return;
        }

        // The hash narrows the search; the stored ids decide, so another conversation's handoff is never deleted.
        var read = await _storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        var mine = read.Where(p => p.Value.Document["conversationId"]?.GetValue<string>() == conversationId
            && p.Value.Document["channelId"]?.GetValue<string>() == channelId).Select(p => p.Key).ToList();
        if (mine.Count > 0)
        {
            await _storage.DeleteAsync(mine, cancellationToken).ConfigureAwait(false);
        }
    }

    private static JsonObject ToDocument(HandoffRecord handoff) => (JsonObject)JsonSerializer.SerializeToNode(handoff, Json)!;

    private static string Hash(string conversationId) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(conversationId)))[..12];
}
