using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CareerBot.BotFramework.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine.Tokens;

/// <summary>Mints and checks Direct Line tokens: compact JWTs signed with HMAC-SHA256.</summary>
/// <remarks>The JWT shape matters: botframework-directlinejs and Web Chat read the <c>user</c> claim to learn the user id.</remarks>
public sealed class DirectLineTokenService
{
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    private readonly byte[] _key;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _clock;

    public DirectLineTokenService(
        IOptions<DirectLineOptions> options, TimeProvider clock, IStorage storage, ILogger<DirectLineTokenService> logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(logger);
        var configured = options.Value.TokenSigningKey;
        if (string.IsNullOrEmpty(configured))
        {
            _key = StoredSigningKey.LoadOrCreate(storage);
            logger.LogInformation(
                "Direct Line tokens are signed with a key kept in the state storage; set DirectLine:TokenSigningKey when running more than one host.");
        }
        else if (configured.Length < DirectLineOptionsValidator.MinSigningKeyLength)
        {
            // DirectLineOptionsValidator stops the start first; this guards hosts that skip options validation.
            throw new InvalidOperationException("DirectLine:TokenSigningKey must be at least 32 characters long.");
        }
        else
        {
            _key = Encoding.UTF8.GetBytes(configured);
        }

        _lifetime = TimeSpan.FromMinutes(Math.Max(1, options.Value.TokenLifetimeMinutes));
        _clock = clock;
    }

    public IssuedToken Issue(string conversationId, string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var now = _clock.GetUtcNow();
        var expires = now.Add(_lifetime);
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["conv"] = conversationId,
            ["user"] = userId,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),

            // A unique id per token, so a refresh in the same second still gives a new token (and logs can tell tokens apart).
            ["jti"] = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12)),
        });
        var unsigned = Header + "." + Base64Url.EncodeToString(payload);
        var token = unsigned + "." + Base64Url.EncodeToString(Sign(unsigned));
        return new IssuedToken(token, new TokenClaims(conversationId, userId, expires), (int)_lifetime.TotalSeconds);
    }

    public TokenValidation Validate(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || parts[0] != Header)
        {
            return TokenValidation.Invalid(DirectLineErrorCodes.TokenInvalid, "The token is not a Direct Line token of this bot.");
        }

        if (!TryDecode(parts[2], out var signature)
            || !CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0] + "." + parts[1])))
        {
            return TokenValidation.Invalid(DirectLineErrorCodes.TokenInvalid, "The token signature is not valid.");
        }

        var claims = TryReadClaims(parts[1]);
        if (claims is null)
        {
            return TokenValidation.Invalid(DirectLineErrorCodes.TokenInvalid, "The token is malformed.");
        }

        return claims.ExpiresAt <= _clock.GetUtcNow()
            ? TokenValidation.Invalid(DirectLineErrorCodes.TokenExpired, "The token has expired; start a new conversation or refresh the token before it expires.")
            : TokenValidation.Valid(claims);
    }

    private byte[] Sign(string unsigned) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(unsigned));

    private static TokenClaims? TryReadClaims(string encodedPayload)
    {
        if (!TryDecode(encodedPayload, out var json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return root.TryGetProperty("conv", out var conv) && conv.GetString() is { Length: > 0 } conversationId
                && root.TryGetProperty("user", out var user) && user.GetString() is { Length: > 0 } userId
                && root.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds)
                    ? new TokenClaims(conversationId, userId, DateTimeOffset.FromUnixTimeSeconds(seconds))
                    : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static bool TryDecode(string text, out byte[] bytes)
    {
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
