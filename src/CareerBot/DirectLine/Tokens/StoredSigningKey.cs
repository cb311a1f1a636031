using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Storage;

namespace CareerBot.DirectLine.Tokens;

/// <summary>
/// The token key when none is configured: made once and kept in the state storage, so a restart (or a second process
/// on the same SQLite file) still accepts the tokens the page holds, and the page finds its conversation again.
/// </summary>
internal static class StoredSigningKey
{
    private const string Key = "directline-signing-key";

    /// <summary>Runs once, when the token service is first needed (not on a turn's hot path).</summary>
    public static byte[] LoadOrCreate(IStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var stored = storage.ReadAsync([Key]).GetAwaiter().GetResult();
            if (stored.TryGetValue(Key, out var item) && item.Document["key"]?.GetValue<string>() is { Length: > 0 } text)
            {
                return Convert.FromBase64String(text);
            }

            var created = RandomNumberGenerator.GetBytes(32);
            try
            {
                storage.WriteAsync(new Dictionary<string, StoreItem>
                {
                    [Key] = StoreItem.New(new JsonObject { ["key"] = Convert.ToBase64String(created) }),
                }).GetAwaiter().GetResult();
                return created;
            }
            catch (StorageConflictException)
            {
                // Another process made one first: read and use that one.
            }
        }

        throw new InvalidOperationException("The Direct Line token key could not be read from or written to the state storage.");
    }
}
