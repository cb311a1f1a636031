using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine.Api;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CareerBot.DirectLine.Conversations.Redis;

/// <summary>
/// Conversations, logs and stream fan-out in Redis (<c>DirectLine:Backplane=redis</c>): any host serves any request of
/// any conversation, WebSocket streams included, and a host can die without losing a conversation.
/// </summary>
/// <remarks>The limits are the embedded backplane's, counted across all hosts, except streams per conversation,
/// which each host counts for itself.</remarks>
public sealed class RedisBackplane(RedisConnection redis, RedisStreamFanout fanout, IOptions<DirectLineOptions> options, TimeProvider clock)
    : IConversationBackplane
{
    private const int EvictBatch = 50;

    private readonly DirectLineOptions _options = options.Value;
    private RedisKeys Keys => redis.Keys;

    public async Task<ConversationInfo?> FindAsync(string conversationId)
    {
        var db = await redis.DatabaseAsync().ConfigureAwait(false);
        var user = await db.HashGetAsync(Keys.Conversation(conversationId), "user").ConfigureAwait(false);
        return user.IsNullOrEmpty ? null : new ConversationInfo(conversationId, user!);
    }

    public async Task<(ConversationInfo Conversation, bool Created)?> GetOrCreateAsync(string conversationId, string userId)
    {
        var db = await redis.DatabaseAsync().ConfigureAwait(false);
        var result = (RedisResult[])(await db.ScriptEvaluateAsync(RedisScripts.Create,
            [Keys.Conversation(conversationId), Keys.AllConversations],
            [conversationId, userId, Now(), _options.MaxConversations]).ConfigureAwait(false))!;
        var outcome = (int)result[0];
        return outcome < 0 ? null : (new ConversationInfo(conversationId, (string)result[1]!), outcome == 1);
    }

    public async Task TouchAsync(string conversationId)
    {
        var db = await redis.DatabaseAsync().ConfigureAwait(false);
        await db.SortedSetAddAsync(Keys.AllConversations, conversationId, Now(), SortedSetWhen.Exists).ConfigureAwait(false);
    }

    public async Task<string?> AppendAsync(string conversationId, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // The sequence number is only known inside the script: the JSON goes with a one-off placeholder in its place.
        var placeholder = "seq" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        activity.Id = $"{conversationId}|{placeholder}";
        var json = JsonSerializer.Serialize(activity, BotJson.Options);
        var db = await redis.DatabaseAsync().ConfigureAwait(false);
        var seq = (long)(await db.ScriptEvaluateAsync(RedisScripts.Append,
            [Keys.Conversation(conversationId), Keys.Log(conversationId), Keys.TotalBytes],
            [json, placeholder, _options.MaxActivitiesPerConversation, _options.MaxLogBytesPerConversation,
             Keys.Stream(conversationId).ToString()]).ConfigureAwait(false));
        if (seq < 0)
        {
            activity.Id = null;
            return null;
        }

        activity.Id = $"{conversationId}|{seq.ToString("D7", CultureInfo.InvariantCulture)}";
        return activity.Id;
    }

    public async Task PushAsync(string conversationId, Activity activity)
    {
        var subscriber = await redis.SubscriberAsync().ConfigureAwait(false);
        await subscriber.PublishAsync(Keys.Stream(conversationId), "-\n" + JsonSerializer.Serialize(activity, BotJson.Options))
            .ConfigureAwait(false);
    }

    public async Task<ActivitySet?> GetSinceAsync(string conversationId, long? watermark) =>
        (await ReadSinceAsync(conversationId, watermark).ConfigureAwait(false))?.Set;

    public async Task<ActivitySubscriber?> SubscribeAsync(string conversationId, long? watermark)
    {
        var listener = await fanout.AddAsync(conversationId).ConfigureAwait(false);
        try
        {
            if (await ReadSinceAsync(conversationId, watermark).ConfigureAwait(false) is not { } backlog)
            {
                fanout.Remove(conversationId, listener.Subscriber);
                return null;
            }

            listener.Start(backlog.Set, backlog.LastSeq);
            return listener.Subscriber;
        }
        catch
        {
            fanout.Remove(conversationId, listener.Subscriber);
            throw;
        }
    }

    public void Unsubscribe(string conversationId, ActivitySubscriber subscriber) => fanout.Remove(conversationId, subscriber);

    public int StreamCount(string conversationId) => fanout.Count(conversationId);

    public async Task EraseAsync(string conversationId)
    {
        var db = await redis.DatabaseAsync().ConfigureAwait(false);
        await db.ScriptEvaluateAsync(RedisScripts.Erase,
            [Keys.Conversation(conversationId), Keys.Log(conversationId), Keys.TotalBytes]).ConfigureAwait(false);
    }

    public async Task<int> RemoveIdleAsync()
    {
        var db = await redis.DatabaseAsync().ConfigureAwait(false);
        var cutoff = clock.GetUtcNow().AddMinutes(-_options.ConversationIdleMinutes).ToUnixTimeMilliseconds();
        var removed = 0;
        while (true)
        {
            var idle = await db.SortedSetRangeByScoreAsync(Keys.AllConversations, double.NegativeInfinity, cutoff, Exclude.Stop, take: EvictBatch)
                .ConfigureAwait(false);
            foreach (var id in idle)
            {
                removed += await ForgetAsync(db, id!, cutoff.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
            }

            if (idle.Length < EvictBatch)
            {
                return removed;
            }
        }
    }

    public async Task<int> TrimToBudgetAsync(string keepConversationId)
    {
        var db = await redis.DatabaseAsync().ConfigureAwait(false);
        var removed = 0;
        while ((long)await db.StringGetAsync(Keys.TotalBytes).ConfigureAwait(false) > _options.MaxLogBytes)
        {
            var oldest = await db.SortedSetRangeByRankAsync(Keys.AllConversations, 0, EvictBatch).ConfigureAwait(false);
            var candidates = oldest.Select(v => (string)v!).Where(id => id != keepConversationId).ToList();
            if (candidates.Count == 0)
            {
                break;
            }

            foreach (var id in candidates)
            {
                removed += await ForgetAsync(db, id, "+inf").ConfigureAwait(false);
                if ((long)await db.StringGetAsync(Keys.TotalBytes).ConfigureAwait(false) <= _options.MaxLogBytes)
                {
                    return removed;
                }
            }
        }

        return removed;
    }

    public async Task<int> SecondsUntilRoomAsync()
    {
        var db = await redis.DatabaseAsync().ConfigureAwait(false);
        var oldest = await db.SortedSetRangeByRankWithScoresAsync(Keys.AllConversations, 0, 0).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var lastUsed = oldest.Length == 0 ? now : DateTimeOffset.FromUnixTimeMilliseconds((long)oldest[0].Score);
        var expires = lastUsed + TimeSpan.FromMinutes(_options.ConversationIdleMinutes) + ConversationSweeper.Period;
        return (int)Math.Clamp(Math.Ceiling((expires - now).TotalSeconds), 1, 24 * 3600);
    }

    private async Task<int> ForgetAsync(IDatabase db, string conversationId, string cutoff) =>
        (int)await db.ScriptEvaluateAsync(RedisScripts.Forget,
            [Keys.Conversation(conversationId), Keys.Log(conversationId), Keys.AllConversations, Keys.TotalBytes],
            [conversationId, Keys.Stream(conversationId).ToString(), cutoff]).ConfigureAwait(false);

    /// <summary>The activities after the watermark, and the sequence number of the last one logged (-1 for none).</summary>
    private async Task<(ActivitySet Set, long LastSeq)?> ReadSinceAsync(string conversationId, long? watermark)
    {
        var db = await redis.DatabaseAsync().ConfigureAwait(false);
        var from = watermark is { } w ? "(" + w.ToString(CultureInfo.InvariantCulture) : "-inf";
        var result = await db.ScriptEvaluateAsync(RedisScripts.Since,
            [Keys.Conversation(conversationId), Keys.Log(conversationId)], [from]).ConfigureAwait(false);
        if (result.IsNull)
        {
            return null;
        }

        var items = (RedisResult[])result!;
        var last = (long)items[0] - 1;
        var activities = items.Skip(1)
            .Select(item => JsonSerializer.Deserialize<Activity>((string)item!, BotJson.Options))
            .OfType<Activity>()
            .ToList();

        // As the embedded log: the watermark is the last activity's, or the client's own when it is ahead.
        long? mark = watermark is { } ahead && ahead > last ? ahead : last >= 0 ? last : null;
        return (new ActivitySet(activities, mark?.ToString(CultureInfo.InvariantCulture)), last);
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
