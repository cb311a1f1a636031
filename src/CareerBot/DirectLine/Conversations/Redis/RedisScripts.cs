namespace CareerBot.DirectLine.Conversations.Redis;

/// <summary>
/// The backplane's Lua scripts. Each runs atomically in Redis, so two hosts appending to one conversation cannot give
/// two activities one sequence number, and the publish that streams an activity happens in sequence order.
/// </summary>
internal static class RedisScripts
{
    /// <summary>KEYS: conversation, all. ARGV: id, user, now (ms), max conversations.
    /// Returns {1, user} created, {0, user} existing (touched), {-1, ""} full.</summary>
    public const string Create = """
        local user = redis.call('HGET', KEYS[1], 'user')
        if user then
          redis.call('ZADD', KEYS[2], 'XX', ARGV[3], ARGV[1])
          return {0, user}
        end
        if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[4]) then return {-1, ''} end
        redis.call('HSET', KEYS[1], 'user', ARGV[2], 'next', 0, 'bytes', 0)
        redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
        return {1, ARGV[2]}
        """;

    /// <summary>KEYS: conversation, log, total bytes. ARGV: activity JSON, the placeholder in it that the sequence number
    /// (7 digits) replaces, max activities, max bytes, stream channel. Returns the sequence number, or -1 when the
    /// conversation is gone. Oldest entries go first; the newest always stays so its poster can read it back.</summary>
    public const string Append = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        local seq = redis.call('HINCRBY', KEYS[1], 'next', 1) - 1
        local at, to = string.find(ARGV[1], ARGV[2], 1, true)
        local json = string.sub(ARGV[1], 1, at - 1) .. string.format('%07d', seq) .. string.sub(ARGV[1], to + 1)
        redis.call('ZADD', KEYS[2], seq, json)
        local bytes = redis.call('HINCRBY', KEYS[1], 'bytes', #json)
        local added = #json
        local count = redis.call('ZCARD', KEYS[2])
        while count > 1 and (count > tonumber(ARGV[3]) or bytes > tonumber(ARGV[4])) do
          local oldest = redis.call('ZPOPMIN', KEYS[2])
          bytes = redis.call('HINCRBY', KEYS[1], 'bytes', -#oldest[1])
          added = added - #oldest[1]
          count = count - 1
        end
        redis.call('INCRBY', KEYS[3], added)
        redis.call('PUBLISH', ARGV[5], seq .. '\n' .. json)
        return seq
        """;

    /// <summary>KEYS: conversation, log. ARGV: the lowest score wanted ("(5" = after watermark 5, "-inf" = all).
    /// Returns {next, json...}, or nil when the conversation is gone.</summary>
    public const string Since = """
        local next = redis.call('HGET', KEYS[1], 'next')
        if not next then return false end
        local items = redis.call('ZRANGEBYSCORE', KEYS[2], ARGV[1], '+inf')
        table.insert(items, 1, next)
        return items
        """;

    /// <summary>KEYS: conversation, log, total bytes. Empties the log; the watermark keeps counting.</summary>
    public const string Erase = """
        local bytes = redis.call('HGET', KEYS[1], 'bytes')
        if not bytes then return 0 end
        redis.call('DEL', KEYS[2])
        redis.call('HSET', KEYS[1], 'bytes', 0)
        redis.call('DECRBY', KEYS[3], tonumber(bytes))
        return 1
        """;

    /// <summary>KEYS: conversation, log, all, total bytes. ARGV: id, stream channel, cutoff (ms; forget only if last used
    /// before it, "+inf" = always). Returns 1 when forgotten; tells the streams to close.</summary>
    public const string Forget = """
        local used = redis.call('ZSCORE', KEYS[3], ARGV[1])
        if used and ARGV[3] ~= '+inf' and tonumber(used) >= tonumber(ARGV[3]) then return 0 end
        local bytes = redis.call('HGET', KEYS[1], 'bytes')
        redis.call('ZREM', KEYS[3], ARGV[1])
        if not bytes then return 0 end
        redis.call('DECRBY', KEYS[4], tonumber(bytes))
        redis.call('DEL', KEYS[1], KEYS[2])
        redis.call('PUBLISH', ARGV[2], 'close')
        return 1
        """;
}
