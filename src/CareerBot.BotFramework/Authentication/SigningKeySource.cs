using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.BotFramework.Authentication;

/// <summary>
/// Fetches an OpenID metadata document and its JWKS, caches the keys, and refetches them when a token names
/// a key it does not know (keys rotate), at most once per <see cref="BotAuthenticationOptions.MinimumRefreshInterval"/>.
/// </summary>
internal sealed class SigningKeySource
{
    private readonly string _metadataUrl;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly BotAuthenticationOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SigningKeys? _current;
    private DateTimeOffset _lastFetch = DateTimeOffset.MinValue;

    public SigningKeySource(string metadataUrl, IHttpClientFactory httpClientFactory, BotAuthenticationOptions options, TimeProvider time)
    {
        _metadataUrl = metadataUrl;
        _httpClientFactory = httpClientFactory;
        _options = options;
        _time = time;
    }

    public async Task<SigningKeys> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && _time.GetUtcNow() - current.FetchedAt < _options.SigningKeyLifetime)
        {
            return current;
        }

        return await FetchAsync(force: false, cancellationToken);
    }

    /// <summary>Refetches unless the last fetch was too recent; returns the keys to use either way.</summary>
    public Task<SigningKeys> RefreshAsync(CancellationToken cancellationToken) => FetchAsync(force: true, cancellationToken);

    private async Task<SigningKeys> FetchAsync(bool force, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = _time.GetUtcNow();
            var fresh = _current is not null && (force
                ? now - _lastFetch < _options.MinimumRefreshInterval
                : now - _current.FetchedAt < _options.SigningKeyLifetime);
            if (fresh)
            {
                return _current!;
            }

            _lastFetch = now;
            _current = await DownloadAsync(now, cancellationToken);
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SigningKeys> DownloadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var client = _httpClientFactory.CreateClient(BotAuthenticationOptions.HttpClientName);
        using var metadata = JsonDocument.Parse(await GetAsync(client, _metadataUrl, cancellationToken));
        var jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var uri) ? uri.GetString() : null;
        var jwks = await GetAsync(client, jwksUri, cancellationToken);

        var keys = new JsonWebKeySet(jwks).GetSigningKeys().ToList();
        return new SigningKeys(keys, ReadEndorsements(jwks), now);
    }

    private async Task<string> GetAsync(HttpClient client, string? url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (!_options.RequireHttpsMetadata && uri.Scheme == Uri.UriSchemeHttp)))
        {
            throw new InvalidOperationException("The OpenID metadata names no usable https URL.");
        }

        return await client.GetStringAsync(uri, cancellationToken);
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadEndorsements(string jwks)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwks);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array)
            {
                result[kid.GetString()!] = endorsements.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!)
                    .ToList();
            }
        }

        return result;
    }
}
