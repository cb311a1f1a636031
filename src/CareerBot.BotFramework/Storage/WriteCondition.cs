namespace CareerBot.BotFramework.Storage;

/// <summary>The concurrency check a storage applies to one write.</summary>
internal enum WriteCondition
{
    /// <summary>No ETag or "*": the write always wins.</summary>
    Always,

    /// <summary>The stored item must exist and still carry the ETag it was read with.</summary>
    IfMatch,

    /// <summary>Nothing may be stored under the key yet.</summary>
    IfAbsent,
}
