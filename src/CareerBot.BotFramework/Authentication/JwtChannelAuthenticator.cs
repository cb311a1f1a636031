using System.Security.Claims;
using CareerBot.BotFramework.Schema;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.BotFramework.Authentication;

/// <summary>
/// Validates the channel's JWT as "Authenticate requests with the Bot Connector API" describes: signing key from the
/// OpenID metadata, issuer, audience = the bot's app id, lifetime with clock skew, the key's endorsements contain the
/// activity's channel id, and the serviceUrl claim equals the activity's serviceUrl. Emulator tokens are checked
/// against the Entra ID metadata and must be issued to the bot's own app id.
/// </summary>
public sealed class JwtChannelAuthenticator : IChannelAuthenticator
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotAuthenticationOptions _options;
    private readonly SigningKeySource _channelKeys;
    private readonly SigningKeySource _emulatorKeys;
    private readonly IReadOnlyList<string> _emulatorIssuers;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TimeProvider _time;

    public JwtChannelAuthenticator(BotAuthenticationOptions options, IHttpClientFactory httpClientFactory, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.MicrosoftAppId);
        _options = options;
        _time = time ?? TimeProvider.System;
        _channelKeys = new SigningKeySource(options.OpenIdMetadataUrl, httpClientFactory, options, _time);
        _emulatorKeys = new SigningKeySource(options.EmulatorOpenIdMetadataUrl, httpClientFactory, options, _time);
        _emulatorIssuers = EmulatorIssuers.For(options.MicrosoftAppTenantId);
    }

    public async Task<ChannelAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(authorizationHeader)
            || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return ChannelAuthenticationResult.Fail("no bearer token");
        }

        var token = authorizationHeader["Bearer ".Length..].Trim();
        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return ChannelAuthenticationResult.Fail("malformed token");
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return ChannelAuthenticationResult.Fail("token names no signing key");
        }

        var fromEmulator = _options.AllowEmulatorTokens && _emulatorIssuers.Contains(jwt.Issuer, StringComparer.Ordinal);
        var source = fromEmulator ? _emulatorKeys : _channelKeys;
        SigningKeys keys;
        try
        {
            keys = await source.GetAsync(cancellationToken);
            if (!keys.Contains(jwt.Kid))
            {
                keys = await source.RefreshAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or System.Text.Json.JsonException or ArgumentException)
        {
            return ChannelAuthenticationResult.Fail($"signing keys unavailable ({ex.GetType().Name})");
        }

        var issuers = fromEmulator ? _emulatorIssuers : [BotAuthenticationOptions.ChannelIssuer];
        var result = await _handler.ValidateTokenAsync(jwt, Parameters(keys, issuers));
        if (!result.IsValid)
        {
            return ChannelAuthenticationResult.Fail($"invalid token ({result.Exception?.GetType().Name})");
        }

        var failure = fromEmulator ? CheckEmulatorClaims(jwt) : CheckChannelClaims(jwt, keys, activity);
        return failure is null
            ? ChannelAuthenticationResult.Success(result.ClaimsIdentity ?? new ClaimsIdentity())
            : ChannelAuthenticationResult.Fail(failure);
    }

    private TokenValidationParameters Parameters(SigningKeys keys, IEnumerable<string> issuers) => new()
    {
        ValidIssuers = issuers,
        ValidAudience = _options.MicrosoftAppId,
        IssuerSigningKeys = keys.Keys,
        TryAllIssuerSigningKeys = false,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = _options.ClockSkew,
        ValidAlgorithms = Algorithms,
    };

    private static string? CheckChannelClaims(JsonWebToken jwt, SigningKeys keys, Activity activity)
    {
        if (string.IsNullOrEmpty(activity.ChannelId) || !keys.Endorses(jwt.Kid, activity.ChannelId))
        {
            return "signing key not endorsed for the channel";
        }

        var claimed = jwt.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) ? serviceUrl : null;
        return SameServiceUrl(claimed, activity.ServiceUrl) ? null : "serviceUrl claim does not match the activity";
    }

    private string? CheckEmulatorClaims(JsonWebToken jwt)
    {
        var version = jwt.TryGetPayloadValue<string>("ver", out var ver) ? ver : "1.0";
        var claim = version == "2.0" ? "azp" : "appid";
        var appId = jwt.TryGetPayloadValue<string>(claim, out var value) ? value : null;
        return string.Equals(appId, _options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase)
            ? null
            : "emulator token issued to another app";
    }

    private static bool SameServiceUrl(string? claimed, string? actual) =>
        !string.IsNullOrEmpty(claimed) && !string.IsNullOrEmpty(actual)
        && string.Equals(claimed.TrimEnd('/'), actual.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
