using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Tests.Fakes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.BotFramework.Tests.Authentication;

/// <summary>
/// Plays the Bot Framework token service locally: RSA signing keys generated in the test, an OpenID metadata document
/// and a JWKS (with endorsements) served by a stub handler, and tokens minted with any claims a test wants to break.
/// </summary>
internal sealed class FakeChannelIssuer : IDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string ChannelMetadataUrl = "https://channel-login.test/v1/.well-known/openidconfiguration";
    public const string EmulatorMetadataUrl = "https://emulator-login.test/v2.0/.well-known/openid-configuration";
    public const string EmulatorIssuer = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";
    public const string ServiceUrl = "https://smba.trafficmanager.test/amer/";

    private readonly Dictionary<string, RSA> _keys = new(StringComparer.Ordinal);
    private readonly JsonWebTokenHandler _handler = new();

    public FakeChannelIssuer()
    {
        Handler = new StubHttpHandler(Answer);
        Publish("channel-key-1", ["emulator", "msteams", "webchat"]);
        PublishEmulator("emulator-key-1");
    }

    public StubHttpHandler Handler { get; }

    /// <summary>The keys each metadata endpoint currently serves: kid → endorsements (tests rotate them).</summary>
    public Dictionary<string, string[]> ChannelKeys { get; } = new(StringComparer.Ordinal);
    public List<string> EmulatorKeys { get; } = [];

    public int KeySetFetches(string host) => Handler.Requests.Count(r => r.Url.Contains(host, StringComparison.Ordinal) && r.Url.EndsWith("/keys", StringComparison.Ordinal));

    /// <summary>Creates a key and serves it from the channel metadata with these endorsements.</summary>
    public void Publish(string kid, string[] endorsements)
    {
        CreateKey(kid);
        ChannelKeys[kid] = endorsements;
    }

    public void PublishEmulator(string kid)
    {
        CreateKey(kid);
        EmulatorKeys.Add(kid);
    }

    /// <summary>A key the test holds but no metadata endpoint serves.</summary>
    public void CreateKey(string kid)
    {
        if (!_keys.ContainsKey(kid))
        {
            _keys[kid] = RSA.Create(2048);
        }
    }

    /// <summary>The authenticator under test, configured as a bot with this app id whose metadata is served here.</summary>
    public JwtChannelAuthenticator Authenticator(bool allowEmulator = true, TimeProvider? clock = null) => new(
        new BotAuthenticationOptions
        {
            MicrosoftAppId = AppId,
            OpenIdMetadataUrl = ChannelMetadataUrl,
            EmulatorOpenIdMetadataUrl = EmulatorMetadataUrl,
            AllowEmulatorTokens = allowEmulator,
        },
        new StubHttpClientFactory(Handler), clock);

    /// <summary>A channel token; every argument defaults to what a real channel would send to this bot.</summary>
    public string Token(
        string kid = "channel-key-1", string issuer = "https://api.botframework.com", string audience = AppId,
        string? serviceUrl = ServiceUrl, DateTime? expires = null, string? signWith = null, IDictionary<string, object>? claims = null)
    {
        var now = DateTime.UtcNow;
        var exp = expires ?? now.AddHours(1);
        var payload = new Dictionary<string, object>(claims ?? new Dictionary<string, object>());
        if (serviceUrl is not null)
        {
            payload["serviceurl"] = serviceUrl;
        }

        var key = new RsaSecurityKey(_keys[signWith ?? kid]) { KeyId = kid };
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = exp.AddHours(-2),
            NotBefore = exp.AddHours(-2),
            Expires = exp,
            Claims = payload,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A token as the Bot Framework Emulator gets it from Entra ID (v2: azp names the bot's app id).</summary>
    public string EmulatorToken(string kid = "emulator-key-1", string azp = AppId) =>
        Token(kid, EmulatorIssuer, AppId, serviceUrl: null,
            claims: new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = azp });

    public void Dispose()
    {
        foreach (var key in _keys.Values)
        {
            key.Dispose();
        }

        Handler.Dispose();
    }

    private HttpResponseMessage Answer(HttpRequestMessage request, int index)
    {
        var url = request.RequestUri!;
        var root = $"{url.Scheme}://{url.Host}";
        if (url.AbsolutePath.Contains("well-known", StringComparison.Ordinal))
        {
            return StubHttpHandler.Json(HttpStatusCode.OK, new JsonObject { ["issuer"] = root, ["jwks_uri"] = $"{root}/keys" }.ToJsonString());
        }

        var served = url.Host.StartsWith("emulator", StringComparison.Ordinal)
            ? EmulatorKeys.Select(k => Jwk(k, null))
            : ChannelKeys.Select(k => Jwk(k.Key, k.Value));
        return StubHttpHandler.Json(HttpStatusCode.OK, new JsonObject { ["keys"] = new JsonArray(served.ToArray<JsonNode?>()) }.ToJsonString());
    }

    private JsonObject Jwk(string kid, string[]? endorsements)
    {
        var parameters = _keys[kid].ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode?)e).ToArray());
        }

        return jwk;
    }
}
