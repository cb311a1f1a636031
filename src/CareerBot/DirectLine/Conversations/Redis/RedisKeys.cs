using StackExchange.Redis;

namespace CareerBot.DirectLine.Conversations.Redis;

/// <summary>The Redis keys and channels of the backplane, all under one prefix.</summary>
/// <remarks>Per conversation: a hash (user, next watermark, log bytes), a sorted set of activity JSON scored by
/// sequence number, and a pub/sub channel. For all: a sorted set of conversation ids scored by last use (for the
/// conversation cap, idle expiry and eviction) and the byte total of all logs.</remarks>
public sealed class RedisKeys(string prefix)
{
    public RedisKey Conversation(string id) => prefix + "c:" + id;

    public RedisKey Log(string id) => prefix + "l:" + id;

    public RedisKey AllConversations => prefix + "all";

    public RedisKey TotalBytes => prefix + "bytes";

    public RedisChannel Stream(string id) => RedisChannel.Literal(prefix + "s:" + id);
}
