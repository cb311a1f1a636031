namespace CareerBot.DirectLine.Conversations.Redis;

/// <summary>The "Redis" section: the server the Redis backplane (<c>DirectLine:Backplane=redis</c>) uses.</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. "127.0.0.1:6379" or "host:6380,password=...,ssl=true".</summary>
    public string Configuration { get; set; } = "";

    /// <summary>Put before every key and channel, so several bots can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "careerbot:dl:";
}
