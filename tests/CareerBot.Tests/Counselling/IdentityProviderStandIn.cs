using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CareerBot.Tests.Counselling;

/// <summary>
/// A stand-in OpenID Connect provider (the part of Entra ID the console talks to), on a loopback port: discovery, keys,
/// an authorize endpoint that signs in <see cref="NextUser"/> at once and posts the code back, and a token endpoint
/// that checks the PKCE verifier before it issues an RS256-signed ID token.
/// </summary>
public sealed class IdentityProviderStandIn : IAsyncDisposable
{
    public const string ClientId = "5d1c0d2e-careerbot-console";
    private const string KeyId = "stand-in-key-1";

    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Authorization> _codes = new();

    private WebApplication _app = null!;

    public string Authority { get; private set; } = "";

    /// <summary>Who signs in at the next authorize request.</summary>
    public StandInUser NextUser { get; set; } = new("a1b2c3", "Ms Tremblay", ["Counsellor"]);

    /// <summary>The query of the last authorize request, as the console sent it.</summary>
    public IReadOnlyDictionary<string, string> LastAuthorize { get; private set; } = new Dictionary<string, string>();

    /// <summary>Token requests refused because the PKCE verifier did not match the challenge.</summary>
    public int RefusedVerifiers { get; private set; }

    public static async Task<IdentityProviderStandIn> StartAsync()
    {
        var provider = new IdentityProviderStandIn();
        (provider._app, provider.Authority) = await Teams.LoopbackApp.StartAsync(provider.Map);
        return provider;
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = Authority + "/authorize",
            ["token_endpoint"] = Authority + "/token",
            ["jwks_uri"] = Authority + "/keys",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        app.MapGet("/keys", () =>
        {
            var parameters = _key.ExportParameters(includePrivateParameters: false);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64Url(parameters.Modulus!), e = Base64Url(parameters.Exponent!) } } });
        });
        app.MapGet("/authorize", (HttpContext http) =>
        {
            var query = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
            LastAuthorize = query;
            var code = Guid.NewGuid().ToString("N");
            _codes[code] = new Authorization(NextUser, query.GetValueOrDefault("nonce") ?? "", query.GetValueOrDefault("code_challenge") ?? "",
                query.GetValueOrDefault("redirect_uri") ?? "");
            // response_mode=form_post: the browser posts the code back to the console.
            var form = $"<form method=\"post\" action=\"{query["redirect_uri"]}\"><input type=\"hidden\" name=\"code\" value=\"{code}\">" +
                $"<input type=\"hidden\" name=\"state\" value=\"{System.Net.WebUtility.HtmlEncode(query["state"])}\"></form>";
            return Results.Content(form, "text/html");
        });
        app.MapPost("/token", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            if (!_codes.TryRemove(form["code"].ToString(), out var granted) || form["redirect_uri"] != granted.RedirectUri)
            {
                return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
            }

            var verifier = form["code_verifier"].ToString();
            if (Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != granted.Challenge)
            {
                RefusedVerifiers++;
                return Results.Json(new { error = "invalid_grant", error_description = "PKCE verification failed" }, statusCode: 400);
            }

            return Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = "stand-in-access-token", id_token = IdToken(granted) });
        });
    }

    private string IdToken(Authorization granted)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = new { alg = "RS256", kid = KeyId, typ = "JWT" };
        var payload = new Dictionary<string, object>
        {
            ["iss"] = Authority,
            ["aud"] = ClientId,
            ["sub"] = granted.User.Subject,
            ["name"] = granted.User.Name,
            ["nonce"] = granted.Nonce,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 600,
            ["roles"] = granted.User.Roles,
        };
        var signed = Base64Url(JsonSerializer.SerializeToUtf8Bytes(header)) + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload));
        var signature = _key.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signed + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _key.Dispose();
    }

    private sealed record Authorization(StandInUser User, string Nonce, string Challenge, string RedirectUri);
}

/// <summary>An account at the stand-in provider, with the app roles its ID token carries.</summary>
public sealed record StandInUser(string Subject, string Name, string[] Roles);
