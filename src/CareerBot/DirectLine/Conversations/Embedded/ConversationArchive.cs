using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Storage;
using Microsoft.Extensions.Logging;

namespace CareerBot.DirectLine.Conversations.Embedded;

/// <summary>
/// Keeps the embedded backplane's conversations in the state storage so a restart keeps them: one document per
/// conversation (<c>transcripts/directline/{id}</c>: user, next watermark, last use) and one per logged activity
/// (<c>transcripts/directline/{id}/{seq:D7}</c>), written as they are logged and deleted as the log trims or the
/// conversation is forgotten.
/// </summary>
/// <remarks>Writing fails soft: a storage outage costs the restart its history, never the live chat.</remarks>
public sealed class ConversationArchive(IStorage storage, ILogger<ConversationArchive> logger)
{
    // Not "directline/": bot state keys begin with the channel id, and the state of Direct Line conversations is there.
    private const string Prefix = "transcripts/directline/";

    // Per conversation: one writer at a time (so the stored summary only moves forward) and the oldest row still stored.
    private readonly ConcurrentDictionary<string, Writer> _writers = new(StringComparer.Ordinal);

    /// <summary>Stores a new conversation's summary.</summary>
    public Task SaveCreatedAsync(DirectLineConversation conversation) => SaveAsync(conversation, appended: null);

    /// <summary>Stores the activity just logged, the summary, and drops the rows the log no longer keeps.</summary>
    public Task SaveAppendedAsync(DirectLineConversation conversation, AppendedActivity appended) => SaveAsync(conversation, appended);

    /// <summary>"Forget me": the log's rows go, the summary stays so watermarks keep counting.</summary>
    public Task SaveErasedAsync(DirectLineConversation conversation) => SaveAsync(conversation, appended: null);

    /// <summary>Deletes everything stored for the conversation.</summary>
    public async Task ForgetAsync(string conversationId)
    {
        if (!_writers.TryRemove(conversationId, out var writer))
        {
            writer = new Writer(0);
        }

        await writer.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var keys = (await storage.ListKeysAsync(ActivityPrefix(conversationId)).ConfigureAwait(false)).Append(MetaKey(conversationId)).ToList();
            await storage.DeleteAsync(keys).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Direct Line conversation {ConversationId} could not be deleted from storage", conversationId);
        }
        finally
        {
            writer.Gate.Release();
        }
    }

    /// <summary>Reads every stored conversation; one <paramref name="isExpired"/> says is too old is deleted instead.</summary>
    public async Task<IReadOnlyList<ArchivedConversation>> LoadAsync(Func<DateTimeOffset, bool> isExpired)
    {
        ArgumentNullException.ThrowIfNull(isExpired);
        // Only keys of this archive's own two shapes are read or deleted; anything else under the prefix is left alone.
        var keys = await storage.ListKeysAsync(Prefix).ConfigureAwait(false);
        var rowsById = keys.Where(IsRowKey)
            .GroupBy(k => k[Prefix.Length..k.IndexOf('/', Prefix.Length)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var metaKeys = keys.Where(k => k.Length > Prefix.Length && k.IndexOf('/', Prefix.Length) < 0).ToList();
        var metas = await storage.ReadAsync(metaKeys).ConfigureAwait(false);

        var loaded = new List<ArchivedConversation>();
        var stale = new List<string>();
        foreach (var (key, item) in metas)
        {
            var id = key[Prefix.Length..];
            var rows = rowsById.GetValueOrDefault(id) ?? [];
            rowsById.Remove(id);
            if (ReadSummary(item.Document) is not { } summary || isExpired(summary.LastUsed))
            {
                stale.Add(key);
                stale.AddRange(rows);
                continue;
            }

            var log = ReadLog(await storage.ReadAsync(rows).ConfigureAwait(false));
            loaded.Add(new ArchivedConversation(id, summary.UserId, summary.LastUsed, summary.NextSeq, log));
            _writers[id] = new Writer(log.Count > 0 ? log.Min(e => e.Seq) : summary.NextSeq);
        }

        // Rows without a summary belong to a conversation whose deletion was cut short.
        stale.AddRange(rowsById.Values.SelectMany(r => r));
        if (stale.Count > 0)
        {
            await storage.DeleteAsync(stale).ConfigureAwait(false);
        }

        return loaded;
    }

    private async Task SaveAsync(DirectLineConversation conversation, AppendedActivity? appended)
    {
        var writer = _writers.GetOrAdd(conversation.Id, _ => new Writer(0));
        await writer.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            // A forgotten conversation is deleted (or about to be): storing it now would bring it back after a restart.
            if (conversation.IsClosed)
            {
                return;
            }

            // Read under the gate, so a later writer never stores an older summary than an earlier one.
            var first = conversation.FirstSeq;
            var changes = new Dictionary<string, StoreItem>(StringComparer.Ordinal)
            {
                [MetaKey(conversation.Id)] = new(Summary(conversation), StoreItem.AnyETag),
            };
            if (appended is not null && appended.Seq >= first)
            {
                changes[RowKey(conversation.Id, appended.Seq)] = new(
                    new JsonObject { ["activity"] = JsonNode.Parse(appended.Json) }, StoreItem.AnyETag);
            }

            await storage.WriteAsync(changes).ConfigureAwait(false);
            if (first > writer.OldestStored)
            {
                var dropped = new List<string>();
                for (var seq = writer.OldestStored; seq < first; seq++)
                {
                    dropped.Add(RowKey(conversation.Id, seq));
                }

                await storage.DeleteAsync(dropped).ConfigureAwait(false);
                writer.OldestStored = first;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Direct Line conversation {ConversationId} could not be saved to storage", conversation.Id);
        }
        finally
        {
            writer.Gate.Release();
        }
    }

    private static JsonObject Summary(DirectLineConversation conversation) => new()
    {
        ["user"] = conversation.UserId,
        ["next"] = conversation.NextSeq,
        ["used"] = conversation.LastUsed.ToUnixTimeMilliseconds(),
    };

    private static (string UserId, long NextSeq, DateTimeOffset LastUsed)? ReadSummary(JsonObject document) =>
        document["user"]?.GetValue<string>() is { Length: > 0 } user
        && document["next"]?.GetValue<long>() is { } next
        && document["used"]?.GetValue<long>() is { } used
            ? (user, next, DateTimeOffset.FromUnixTimeMilliseconds(used))
            : null;

    private List<(long Seq, Activity Activity)> ReadLog(IReadOnlyDictionary<string, StoreItem> rows)
    {
        var log = new List<(long Seq, Activity Activity)>(rows.Count);
        foreach (var (key, item) in rows)
        {
            if (long.TryParse(key.AsSpan(key.LastIndexOf('/') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
                && item.Document["activity"] is JsonObject json
                && TryReadActivity(json) is { } activity)
            {
                log.Add((seq, activity));
            }
            else
            {
                logger.LogWarning("A stored Direct Line activity ({Key}) could not be read and was skipped", key);
            }
        }

        return log;
    }

    private static Activity? TryReadActivity(JsonObject json)
    {
        try
        {
            return json.Deserialize<Activity>(BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsRowKey(string key)
    {
        var slash = key.IndexOf('/', Prefix.Length);
        return slash > Prefix.Length && slash < key.Length - 1 && key.AsSpan(slash + 1).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    private static string MetaKey(string conversationId) => Prefix + conversationId;

    private static string ActivityPrefix(string conversationId) => Prefix + conversationId + "/";

    private static string RowKey(string conversationId, long seq) =>
        ActivityPrefix(conversationId) + seq.ToString("D7", CultureInfo.InvariantCulture);

    private sealed class Writer(long oldestStored)
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public long OldestStored { get; set; } = oldestStored;
    }
}
