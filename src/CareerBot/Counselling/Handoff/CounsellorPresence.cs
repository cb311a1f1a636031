using System.Globalization;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Storage;

namespace CareerBot.Counselling.Handoff;

/// <summary>
/// Which counsellors have the console's inbox open, kept in the state storage so a student on any host finds a
/// counsellor signed in on any other. The inbox page says it is open every 15 seconds; 45 seconds of silence is offline.
/// </summary>
public sealed class CounsellorPresence
{
    public const string Prefix = "counselling/presence/";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);

    private readonly IStorage _storage;
    private readonly TimeProvider _clock;

    public CounsellorPresence(IStorage storage, TimeProvider clock)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>The counsellor behind <paramref name="session"/> is looking at the inbox now.</summary>
    public Task MarkOnlineAsync(string session, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(session);
        return _storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            [Prefix + session] = new(new JsonObject { ["seen"] = _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) }, StoreItem.AnyETag),
        }, cancellationToken);
    }

    public Task MarkOfflineAsync(string session, CancellationToken cancellationToken) => _storage.DeleteAsync([Prefix + session], cancellationToken);

    public async Task<bool> IsAnyoneOnlineAsync(CancellationToken cancellationToken)
    {
        var keys = await _storage.ListKeysAsync(Prefix, cancellationToken).ConfigureAwait(false);
        if (keys.Count == 0)
        {
            return false;
        }

        var now = _clock.GetUtcNow();
        var read = await _storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        return read.Values.Any(i => DateTimeOffset.TryParse(i.Document["seen"]?.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var seen)
            && now - seen < Timeout);
    }
}
