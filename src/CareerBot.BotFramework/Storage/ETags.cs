namespace CareerBot.BotFramework.Storage;

/// <summary>ETags for stores that do not make their own: random, so a deleted and re-created item never repeats one.</summary>
internal static class ETags
{
    public static string New() => Guid.NewGuid().ToString("N");
}
