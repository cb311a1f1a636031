using System.Net;
using CareerBot.DirectLine.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.DirectLine;

public sealed class TokenTests
{
    [Fact]
    public async Task Generating_a_token_with_the_secret_gives_a_conversation_id_and_a_30_minute_token()
    {
        await using var host = await ChatHost.StartAsync();

        var body = await (await host.Http.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", ChatHost.Secret)).JsonAsync();

        Assert.False(string.IsNullOrEmpty(body.GetProperty("conversationId").GetString()));
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
        var claims = host.Services.GetRequiredService<DirectLineTokenService>().Validate(body.GetProperty("token").GetString());
        Assert.Equal(body.GetProperty("conversationId").GetString(), claims.Claims?.ConversationId);
    }

    [Fact]
    public async Task Generating_a_token_for_a_named_user_binds_the_token_to_that_user()
    {
        await using var host = await ChatHost.StartAsync();

        var body = await (await host.Http.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", ChatHost.Secret,
            """{"user":{"id":"dl_student42"}}""")).JsonAsync();

        var claims = host.Services.GetRequiredService<DirectLineTokenService>().Validate(body.GetProperty("token").GetString());
        Assert.Equal("dl_student42", claims.Claims?.UserId);
    }

    [Fact]
    public async Task Generating_without_credentials_is_401_with_a_json_error()
    {
        await using var host = await ChatHost.StartAsync();

        var response = await host.Http.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", null);

        Assert.Equal("MissingAuthorization", await response.ErrorCodeAsync(HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task Generating_with_a_wrong_secret_is_403()
    {
        await using var host = await ChatHost.StartAsync();

        var response = await host.Http.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", "not-the-secret");

        Assert.Equal("TokenInvalid", await response.ErrorCodeAsync(HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task A_token_cannot_mint_more_tokens()
    {
        await using var host = await ChatHost.StartAsync();
        var (_, token) = await host.Http.StartConversationAsync();

        var response = await host.Http.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", token);

        Assert.Equal("SecretInvalid", await response.ErrorCodeAsync(HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task Refreshing_a_token_straight_away_still_gives_a_different_token()
    {
        var clock = new ManualClock();
        await using var host = await ChatHost.StartAsync(clock: clock);
        var (_, token) = await host.Http.StartConversationAsync();

        var refreshed = await (await host.Http.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token)).JsonAsync();

        Assert.NotEqual(token, refreshed.GetProperty("token").GetString());
    }

    [Fact]
    public async Task Refreshing_a_token_keeps_the_conversation_and_the_new_token_works()
    {
        var clock = new ManualClock();
        await using var host = await ChatHost.StartAsync(clock: clock);
        var (conversationId, token) = await host.Http.StartConversationAsync();
        clock.Advance(TimeSpan.FromMinutes(20));

        var refreshed = await (await host.Http.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token)).JsonAsync();
        clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(conversationId, refreshed.GetProperty("conversationId").GetString());
        var newToken = refreshed.GetProperty("token").GetString()!;
        (await host.Http.PostMessageAsync(conversationId, newToken, "still here")).EnsureSuccessStatusCode();
        var old = await host.Http.PostMessageAsync(conversationId, token, "old token");
        Assert.Equal("TokenExpired", await old.ErrorCodeAsync(HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task An_expired_token_cannot_be_refreshed()
    {
        var clock = new ManualClock();
        await using var host = await ChatHost.StartAsync(clock: clock);
        var (_, token) = await host.Http.StartConversationAsync();
        clock.Advance(TimeSpan.FromMinutes(31));

        var response = await host.Http.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token);

        Assert.Equal("TokenExpired", await response.ErrorCodeAsync(HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task A_token_with_a_changed_payload_is_refused()
    {
        await using var host = await ChatHost.StartAsync();
        var (conversationId, token) = await host.Http.StartConversationAsync();
        var parts = token.Split('.');
        var forged = host.Services.GetRequiredService<DirectLineTokenService>().Issue("other-conversation", "dl_x").Token.Split('.')[1];

        var response = await host.Http.PostMessageAsync(conversationId, token, "hi");
        var tampered = await host.Http.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", $"{parts[0]}.{forged}.{parts[2]}");

        response.EnsureSuccessStatusCode();
        Assert.Equal("TokenInvalid", await tampered.ErrorCodeAsync(HttpStatusCode.Forbidden));
    }
}
