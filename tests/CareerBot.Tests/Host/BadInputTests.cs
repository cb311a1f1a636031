using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CareerBot.Tests.Host;

/// <summary>Bad requests to POST /api/messages on the real host: a short JSON 4xx, never a 5xx, and no state lost.</summary>
public sealed class BadInputTests(SqliteHostFixture fixture) : IClassFixture<SqliteHostFixture>, IAsyncLifetime
{
    private readonly BotHost _host = fixture.Host;
    private readonly string _conversation = $"a:bad-input-{Guid.NewGuid():N}|livechat";
    private readonly string _user = $"student-{Guid.NewGuid():N}";

    public async Task InitializeAsync() =>
        Assert.Equal([CountingBot.Reply(1, 1)], await SayAsync("hello"));

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("malformed JSON", 400)]
    [InlineData("missing type", 400)]
    [InlineData("missing conversation", 400)]
    [InlineData("missing serviceUrl", 400)]
    [InlineData("not JSON content type", 415)]
    [InlineData("body over 256 KB", 413)]
    [InlineData("chunked body over 256 KB", 413)]
    [InlineData("100,000-character text", 413)]
    [InlineData("JSON array", 400)]
    [InlineData("deeply nested JSON", 400)]
    [InlineData("invalid UTF-8", 400)]
    [InlineData("empty body", 400)]
    public async Task A_bad_request_gets_a_short_json_4xx_and_the_conversation_keeps_its_state(string problem, int status)
    {
        using var request = BadRequest(problem);

        using var response = await _host.Http.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Length < 300, $"error body too long: {body.Length}");
        Assert.False(string.IsNullOrEmpty((string?)JsonNode.Parse(body)!["error"]!["message"]));
        Assert.Equal([CountingBot.Reply(2, 2)], await SayAsync("still there?"));
    }

    [Fact]
    public async Task Without_authentication_a_serviceUrl_off_this_machine_is_refused_and_nothing_is_sent()
    {
        var activity = Activities.Message(_conversation, "hello", _user);
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = "https://attacker.example/";

        using var response = await _host.Http.PostAsync("api/messages", Json(activity.ToJsonString()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("ServiceUrlNotAllowed", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]);
        Assert.Equal([CountingBot.Reply(2, 2)], await SayAsync("still there?"));
    }

    [Fact]
    public async Task An_unknown_activity_type_gets_200_and_no_reply_and_changes_nothing()
    {
        var activity = Activities.Message(_conversation, "hello", _user, type: "someFutureType");

        using var response = await _host.Http.PostAsync("api/messages", Json(activity.ToJsonString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray());
        Assert.Equal([CountingBot.Reply(2, 2)], await SayAsync("still there?"));
    }

    [Fact]
    public async Task A_bot_failure_is_an_apology_not_a_5xx_and_saves_nothing_half_done()
    {
        var replies = await SayAsync("boom");

        Assert.Contains("Sorry", Assert.Single(replies));
        Assert.Equal([CountingBot.Reply(2, 2)], await SayAsync("still there?"));
    }

    private Task<string[]> SayAsync(string text) => _host.SayAsync(_conversation, text, _user);

    private HttpRequestMessage BadRequest(string problem)
    {
        var valid = Activities.Message(_conversation, "hello", _user);
        HttpContent content = problem switch
        {
            "malformed JSON" => Json(valid.ToJsonString()[..^20]),
            "missing type" => Json(Without(valid, "type")),
            "missing conversation" => Json(Without(valid, "conversation")),
            "missing serviceUrl" => Json(Without(valid, "serviceUrl")),
            "not JSON content type" => new StringContent(valid.ToJsonString(), Encoding.UTF8, "text/plain"),
            "body over 256 KB" => Json(With(valid, "padding", new string('x', 257 * 1024))),
            "chunked body over 256 KB" => Chunked(With(valid, "padding", new string('x', 257 * 1024))),
            "100,000-character text" => Json(With(valid, "text", new string('a', 100_000))),
            "JSON array" => Json($"[{valid.ToJsonString()}]"),
            "deeply nested JSON" => Json(string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000)),
            "invalid UTF-8" => Bytes([.. "{\"type\":\"message\",\"text\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8]),
            "empty body" => Json(""),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "unknown case"),
        };
        return new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = content };
    }

    private static string Without(JsonObject activity, string property)
    {
        activity.Remove(property);
        return activity.ToJsonString();
    }

    private static string With(JsonObject activity, string property, string value)
    {
        activity[property] = value;
        return activity.ToJsonString();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>No Content-Length: the size is only known by reading, so the limit must hold while reading.</summary>
    private static StreamContent Chunked(string body)
    {
        var content = new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return content;
    }

    private static ByteArrayContent Bytes(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return content;
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
