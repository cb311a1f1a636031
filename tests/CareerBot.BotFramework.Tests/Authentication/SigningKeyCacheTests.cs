using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Tests.Fakes;

namespace CareerBot.BotFramework.Tests.Authentication;

/// <summary>Signing keys: fetched once and reused, fetched again when a channel starts signing with a new key.</summary>
public sealed class SigningKeyCacheTests : IDisposable
{
    private readonly FakeChannelIssuer _issuer = new();
    private readonly ShiftableClock _clock = new();
    private readonly JwtChannelAuthenticator _authenticator;

    public SigningKeyCacheTests() => _authenticator = _issuer.Authenticator(clock: _clock);

    public void Dispose() => _issuer.Dispose();

    [Fact]
    public async Task Keys_are_fetched_once_and_reused_for_later_requests()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await AuthenticateAsync(_issuer.Token())).IsAuthenticated);
        }

        Assert.Equal(1, _issuer.KeySetFetches("channel-login"));
    }

    [Fact]
    public async Task A_rotated_key_is_picked_up_by_fetching_the_keys_again_on_its_unknown_key_id()
    {
        Assert.True((await AuthenticateAsync(_issuer.Token())).IsAuthenticated);
        _clock.Advance(TimeSpan.FromMinutes(1));
        _issuer.Publish("channel-key-2", ["emulator"]);

        var result = await AuthenticateAsync(_issuer.Token(kid: "channel-key-2"));

        Assert.True(result.IsAuthenticated, result.Failure);
        Assert.Equal(2, _issuer.KeySetFetches("channel-login"));
    }

    [Fact]
    public async Task A_burst_of_unknown_key_ids_fetches_the_keys_again_at_most_once_per_interval()
    {
        _issuer.CreateKey("unpublished-key");
        Assert.True((await AuthenticateAsync(_issuer.Token())).IsAuthenticated);
        _clock.Advance(TimeSpan.FromMinutes(1));

        for (var i = 0; i < 10; i++)
        {
            Assert.False((await AuthenticateAsync(_issuer.Token(kid: "unpublished-key"))).IsAuthenticated);
        }

        Assert.Equal(2, _issuer.KeySetFetches("channel-login"));
    }

    [Fact]
    public async Task Keys_older_than_their_lifetime_are_fetched_again()
    {
        Assert.True((await AuthenticateAsync(_issuer.Token())).IsAuthenticated);
        _clock.Advance(TimeSpan.FromHours(25));

        Assert.True((await AuthenticateAsync(_issuer.Token())).IsAuthenticated);

        Assert.Equal(2, _issuer.KeySetFetches("channel-login"));
    }

    [Fact]
    public async Task An_unreachable_metadata_endpoint_means_401_not_a_crash()
    {
        using var broken = new StubHttpHandler((_, _) => new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable));
        var authenticator = new JwtChannelAuthenticator(
            new BotAuthenticationOptions { MicrosoftAppId = FakeChannelIssuer.AppId, OpenIdMetadataUrl = FakeChannelIssuer.ChannelMetadataUrl },
            new StubHttpClientFactory(broken));

        var result = await authenticator.AuthenticateAsync($"Bearer {_issuer.Token()}", Activity());

        Assert.False(result.IsAuthenticated);
    }

    private Task<ChannelAuthenticationResult> AuthenticateAsync(string token) =>
        _authenticator.AuthenticateAsync($"Bearer {token}", Activity());

    private static Activity Activity() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "emulator",
        ServiceUrl = FakeChannelIssuer.ServiceUrl,
        Conversation = new ConversationAccount { Id = "c1" },
    };
}
