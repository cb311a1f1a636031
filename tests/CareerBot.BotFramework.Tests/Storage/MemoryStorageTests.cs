using CareerBot.BotFramework.Storage;

namespace CareerBot.BotFramework.Tests.Storage;

public sealed class MemoryStorageTests : StorageContract
{
    protected override IStorage Storage { get; } = new MemoryStorage();
}
