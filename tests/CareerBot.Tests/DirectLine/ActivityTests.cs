using System.Net;
using System.Text.Json;

namespace CareerBot.Tests.DirectLine;

public sealed class ActivityTests
{
    [Fact]
    public async Task A_posted_message_gets_an_id_and_the_bot_reply_follows_it_in_the_log()
    {
        await using var host = await ChatHost.StartAsync();
        var (conversationId, token) = await host.Http.StartConversationAsync();

        var posted = await (await host.Http.PostMessageAsync(conversationId, token, "hello")).JsonAsync();
        var log = await host.Http.GetActivitiesAsync(conversationId, token);

        Assert.Equal($"{conversationId}|0000001", posted.GetProperty("id").GetString());
        var activities = log.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(3, activities.Count);
        Assert.Equal("hello", activities[1].GetProperty("text").GetString());
        Assert.StartsWith("You said: hello", activities[2].GetProperty("text").GetString());
        Assert.Equal($"{conversationId}|0000002", activities[2].GetProperty("id").GetString());
        Assert.Equal("2", log.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task The_server_decides_who_sent_a_message_and_where()
    {
        await using var host = await ChatHost.StartAsync();
        var (conversationId, token) = await host.Http.StartConversationAsync();

        await host.Http.PostMessageAsync(conversationId, token, "who am I");
        var user = (await host.Http.GetActivitiesAsync(conversationId, token, "0")).GetProperty("activities")[0];

        Assert.StartsWith("dl_", user.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("user", user.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("directline", user.GetProperty("channelId").GetString());
        Assert.Equal(conversationId, user.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal(host.Address.ToString(), user.GetProperty("serviceUrl").GetString());
        Assert.True(user.TryGetProperty("timestamp", out _));
    }

    [Fact]
    public async Task Only_activities_after_the_watermark_are_returned()
    {
        await using var host = await ChatHost.StartAsync();
        var (conversationId, token) = await host.Http.StartConversationAsync();
        await host.Http.PostMessageAsync(conversationId, token, "one");
        var watermark = (await host.Http.GetActivitiesAsync(conversationId, token)).GetProperty("watermark").GetString();
        await host.Http.PostMessageAsync(conversationId, token, "two");

        var newer = await host.Http.GetActivitiesAsync(conversationId, token, watermark);

        Assert.Equal("two", newer.Texts()[0]);
        Assert.Equal(2, newer.Texts().Length);
    }

    [Fact]
    public async Task Typing_from_the_bot_is_not_kept_in_the_log()
    {
        await using var host = await ChatHost.StartAsync();
        var (conversationId, token) = await host.Http.StartConversationAsync();

        await host.Http.PostMessageAsync(conversationId, token, "hi");
        var log = await host.Http.GetActivitiesAsync(conversationId, token);

        Assert.DoesNotContain(log.GetProperty("activities").EnumerateArray(), a => a.GetProperty("type").GetString() == "typing");
    }

    [Fact]
    public async Task When_the_bot_fails_the_student_gets_an_apology()
    {
        await using var host = await ChatHost.StartAsync();
        var (conversationId, token) = await host.Http.StartConversationAsync();

        var response = await host.Http.PostMessageAsync(conversationId, token, "boom");
        var log = await host.Http.GetActivitiesAsync(conversationId, token, "1");

        response.EnsureSuccessStatusCode();
        Assert.StartsWith("Sorry, something went wrong", log.Texts().Single());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"text":"no type"}""")]
    [InlineData("[1,2,3]")]
    public async Task A_malformed_activity_is_400(string body)
    {
        await using var host = await ChatHost.StartAsync();
        var (conversationId, token) = await host.Http.StartConversationAsync();

        var response = await host.Http.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token, body);

        Assert.Equal("BadArgument", await response.ErrorCodeAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Channel_data_nested_deeper_than_allowed_is_400_and_what_is_accepted_can_always_be_read_back()
    {
        await using var host = await ChatHost.StartAsync();
        var (conversationId, token) = await host.Http.StartConversationAsync();
        static string Nested(int depth) => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
        var path = $"v3/directline/conversations/{conversationId}/activities";

        var deep = await host.Http.SendAsync(HttpMethod.Post, path, token, $$"""{"type":"message","text":"deep","channelData":{{Nested(40)}}}""");
        var allowed = await host.Http.SendAsync(HttpMethod.Post, path, token, $$"""{"type":"message","text":"ok","channelData":{{Nested(25)}}}""");

        Assert.Equal("BadArgument", await deep.ErrorCodeAsync(HttpStatusCode.BadRequest));
        allowed.EnsureSuccessStatusCode();
        var log = await host.Http.GetActivitiesAsync(conversationId, token);
        Assert.Contains(log.Texts(), t => t.StartsWith("You said: ok", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_oversized_activity_is_413()
    {
        await using var host = await ChatHost.StartAsync();
        var (conversationId, token) = await host.Http.StartConversationAsync();
        var huge = JsonSerializer.Serialize(new { type = "message", text = new string('x', 300_000) });

        var response = await host.Http.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token, huge);

        Assert.Equal("PayloadTooLarge", await response.ErrorCodeAsync(HttpStatusCode.RequestEntityTooLarge));
    }

    [Fact]
    public async Task The_log_keeps_only_the_newest_activities_but_watermarks_keep_counting()
    {
        await using var host = await ChatHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "4" });
        var (conversationId, token) = await host.Http.StartConversationAsync();

        for (var i = 0; i < 3; i++)
        {
            await host.Http.PostMessageAsync(conversationId, token, $"message {i}");
        }

        var log = await host.Http.GetActivitiesAsync(conversationId, token);
        Assert.Equal(4, log.Texts().Length);
        Assert.Equal("message 1", log.Texts()[0]);
        Assert.Equal("6", log.GetProperty("watermark").GetString());
    }
}
