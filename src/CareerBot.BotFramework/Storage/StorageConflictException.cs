namespace CareerBot.BotFramework.Storage;

/// <summary>A write lost a race: the stored item changed since it was read.</summary>
public sealed class StorageConflictException(string key)
    : Exception($"The stored item '{key}' was changed by another writer since it was read.")
{
    public string Key { get; } = key;
}
