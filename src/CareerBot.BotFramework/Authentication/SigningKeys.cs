using Microsoft.IdentityModel.Tokens;

namespace CareerBot.BotFramework.Authentication;

/// <summary>One fetch of a metadata endpoint's signing keys, with each key's endorsements (the channels it may sign for).</summary>
internal sealed record SigningKeys(
    IReadOnlyList<SecurityKey> Keys, IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements, DateTimeOffset FetchedAt)
{
    public bool Contains(string keyId) => Keys.Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));

    public bool Endorses(string keyId, string channelId) =>
        Endorsements.TryGetValue(keyId, out var channels)
        && channels.Contains(channelId, StringComparer.OrdinalIgnoreCase);
}
