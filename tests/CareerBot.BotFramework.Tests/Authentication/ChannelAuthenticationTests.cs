using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Tests.Fakes;

namespace CareerBot.BotFramework.Tests.Authentication;

/// <summary>Inbound channel tokens through the real adapter: only a token a channel could have issued lets the bot run.</summary>
public sealed class ChannelAuthenticationTests : IDisposable
{
    private readonly FakeChannelIssuer _issuer = new();
    private readonly RecordingConnector _connector = new();
    private readonly DelegateBot _bot = DelegateBot.Echo();

    public void Dispose() => _issuer.Dispose();

    [Fact]
    public async Task A_valid_channel_token_lets_the_bot_answer()
    {
        var exchange = await SendAsync(_issuer.Token());

        Assert.Equal(200, exchange.Status);
        Assert.Equal(1, _bot.Turns);
        Assert.Equal("echo: hello", Assert.Single(_connector.Sent).Text);
    }

    [Fact]
    public async Task A_token_expired_less_than_five_minutes_ago_is_still_accepted_as_clock_skew()
    {
        var exchange = await SendAsync(_issuer.Token(expires: DateTime.UtcNow.AddMinutes(-4)));

        Assert.Equal(200, exchange.Status);
        Assert.Equal(1, _bot.Turns);
    }

    [Theory]
    [InlineData("no Authorization header")]
    [InlineData("not a bearer token")]
    [InlineData("not a JWT")]
    [InlineData("expired beyond the 5 minute skew")]
    [InlineData("issued to another bot")]
    [InlineData("from another issuer")]
    [InlineData("bad signature")]
    [InlineData("serviceUrl claim names another channel")]
    [InlineData("no serviceUrl claim")]
    [InlineData("tampered payload")]
    public async Task A_request_without_a_valid_channel_token_gets_401_and_the_bot_never_runs(string token)
    {
        var exchange = await SendRawAsync(Authorization(token));

        Assert.Equal(401, exchange.Status);
        Assert.Equal("Unauthorized", (string?)exchange.ResponseJson!["error"]!["code"]);
        Assert.Equal(0, _bot.Turns);
        Assert.Empty(_connector.Sent);
    }

    [Fact]
    public async Task A_key_not_endorsed_for_the_activity_channel_gets_401()
    {
        _issuer.Publish("teams-only-key", ["msteams"]);

        var exchange = await SendAsync(_issuer.Token(kid: "teams-only-key"), channelId: "webchat");

        Assert.Equal(401, exchange.Status);
        Assert.Equal(0, _bot.Turns);
    }

    [Fact]
    public async Task A_token_signed_by_an_unknown_key_gets_401_after_the_keys_are_fetched_again()
    {
        _issuer.CreateKey("unpublished-key");
        var clock = new ShiftableClock();
        var authenticator = _issuer.Authenticator(clock: clock);
        await SendAsync(_issuer.Token(), authenticator: authenticator);
        clock.Advance(TimeSpan.FromMinutes(1));

        var exchange = await SendAsync(_issuer.Token(kid: "unpublished-key"), authenticator: authenticator);

        Assert.Equal(401, exchange.Status);
        Assert.Equal(1, _bot.Turns);
        Assert.Equal(2, _issuer.KeySetFetches("channel-login"));
    }

    [Fact]
    public async Task Emulator_tokens_for_this_bot_are_accepted_when_allowed()
    {
        var exchange = await SendAsync(_issuer.EmulatorToken());

        Assert.Equal(200, exchange.Status);
        Assert.Equal(1, _bot.Turns);
    }

    [Fact]
    public async Task Emulator_tokens_are_refused_when_emulator_tokens_are_not_allowed()
    {
        var authenticator = _issuer.Authenticator(allowEmulator: false);

        var exchange = await SendAsync(_issuer.EmulatorToken(), authenticator: authenticator);

        Assert.Equal(401, exchange.Status);
        Assert.Equal(0, _bot.Turns);
    }

    [Fact]
    public async Task Emulator_tokens_issued_to_another_app_get_401()
    {
        var exchange = await SendAsync(_issuer.EmulatorToken(azp: "another-app"));

        Assert.Equal(401, exchange.Status);
        Assert.Equal(0, _bot.Turns);
    }

    private static string Bearer(string token) => $"Bearer {token}";

    private string? Authorization(string token) => token switch
    {
        "no Authorization header" => null,
        "not a bearer token" => "Basic dXNlcjpwYXNz",
        "not a JWT" => "Bearer not.a.jwt",
        "expired beyond the 5 minute skew" => Bearer(_issuer.Token(expires: DateTime.UtcNow.AddMinutes(-6))),
        "issued to another bot" => Bearer(_issuer.Token(audience: "99999999-0000-0000-0000-000000000000")),
        "from another issuer" => Bearer(_issuer.Token(issuer: "https://evil.example.com")),
        "bad signature" => Bearer(WithForeignKey(_issuer)),
        "serviceUrl claim names another channel" => Bearer(_issuer.Token(serviceUrl: "https://evil.example.com/")),
        "no serviceUrl claim" => Bearer(_issuer.Token(serviceUrl: null)),
        "tampered payload" => Bearer(Tamper(_issuer.Token())),
        _ => throw new ArgumentOutOfRangeException(nameof(token), token, "unknown case"),
    };

    private static string WithForeignKey(FakeChannelIssuer issuer)
    {
        issuer.CreateKey("impostor-key");
        return issuer.Token(kid: "channel-key-1", signWith: "impostor-key");
    }

    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1])
            .Replace(FakeChannelIssuer.ServiceUrl, "https://evil.example.com/", StringComparison.Ordinal);
        return $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }

    private Task<HttpExchange> SendAsync(string token, string channelId = "emulator", IChannelAuthenticator? authenticator = null) =>
        SendRawAsync(Bearer(token), channelId, authenticator);

    private async Task<HttpExchange> SendRawAsync(
        string? authorization, string channelId = "emulator", IChannelAuthenticator? authenticator = null)
    {
        var body = HttpExchange.Activity(serviceUrl: FakeChannelIssuer.ServiceUrl, channelId: channelId);
        var exchange = new HttpExchange(body, authorization: authorization);
        var adapter = Adapters.Create(_connector, authenticator ?? _issuer.Authenticator());
        await adapter.ProcessAsync(exchange.Context.Request, exchange.Context.Response, _bot);
        return exchange;
    }
}
