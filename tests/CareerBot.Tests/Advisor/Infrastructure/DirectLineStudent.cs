using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Tests.Advisor.Infrastructure;

/// <summary>
/// One student in the web chat's own path: a Direct Line 3.0 token from the secret, a started conversation, each
/// message posted as Web Chat posts it, and the bot's replies read back from the conversation's activity log.
/// </summary>
public sealed class DirectLineStudent : IStudentChat
{
    private readonly HttpClient _http;
    private readonly Lazy<Task> _started;
    private string _conversationId = "";
    private string _token = "";
    private string? _watermark;

    private DirectLineStudent(HttpClient http, string userId, Func<DirectLineStudent, Task> start)
    {
        _http = http;
        UserId = userId;
        _started = new Lazy<Task>(() => start(this));
    }

    public string UserId { get; }

    /// <summary>A student who has opened the chat: the conversation is started and its welcome read.</summary>
    public static async Task<DirectLineStudent> StartAsync(HttpClient http, string secret, string? userId = null)
    {
        var student = Opening(http, secret, userId);
        await student._started.Value;
        return student;
    }

    /// <summary>A student whose conversation starts with the first message sent (for a test that only sends).</summary>
    public static DirectLineStudent Opening(HttpClient http, string secret, string? userId = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        return new DirectLineStudent(http, userId ?? "dl_student-" + Guid.NewGuid().ToString("N")[..8], async student =>
        {
            using var generate = Request(HttpMethod.Post, "v3/directline/tokens/generate", secret);
            generate.Content = JsonContent(new JsonObject { ["user"] = new JsonObject { ["id"] = student.UserId } });
            var token = (await ReadAsync(await http.SendAsync(generate))).GetProperty("token").GetString()!;
            using var start = Request(HttpMethod.Post, "v3/directline/conversations", token);
            var started = await ReadAsync(await http.SendAsync(start));
            student._conversationId = started.GetProperty("conversationId").GetString()!;
            student._token = started.GetProperty("token").GetString()!;
            await student.RepliesAsync();
        });
    }

    /// <summary>The same student on another host, or on this one after a restart: same conversation, token and watermark.</summary>
    public DirectLineStudent On(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var (conversationId, token, watermark) = (_conversationId, _token, _watermark);
        return new DirectLineStudent(http, UserId, moved =>
        {
            (moved._conversationId, moved._token, moved._watermark) = (conversationId, token, watermark);
            return Task.CompletedTask;
        });
    }

    /// <summary>Reconnects as the page does after a reload (GET conversations/{id}); true when the server still knows it.</summary>
    public async Task<bool> ReconnectAsync()
    {
        await _started.Value;
        using var get = Request(HttpMethod.Get, $"v3/directline/conversations/{_conversationId}?watermark={_watermark}", _token);
        using var response = await _http.SendAsync(get);
        return response.IsSuccessStatusCode;
    }

    /// <summary>Posts a message and returns the bot's messages sent since the last call (the turn runs within the post).</summary>
    public Task<BotReplies> SendAsync(string text, string locale = "en-US") =>
        SendAsync(new JsonObject { ["type"] = "message", ["text"] = text, ["locale"] = locale, ["from"] = new JsonObject { ["id"] = UserId } });

    /// <summary>Posts an activity as given (a client's odd JSON included) and returns the bot's messages to it.</summary>
    public async Task<BotReplies> SendAsync(JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await _started.Value;
        using var post = Request(HttpMethod.Post, $"v3/directline/conversations/{_conversationId}/activities", _token);
        post.Content = JsonContent(activity);
        var posted = (await ReadAsync(await _http.SendAsync(post))).GetProperty("id").GetString();
        return await RepliesAsync(posted);
    }

    /// <summary>Every activity the conversation's log still holds, as a page reloading it would get them.</summary>
    public async Task<IReadOnlyList<Activity>> HistoryAsync()
    {
        await _started.Value;
        using var get = Request(HttpMethod.Get, $"v3/directline/conversations/{_conversationId}/activities", _token);
        var set = await ReadAsync(await _http.SendAsync(get));
        return set.GetProperty("activities").Deserialize<List<Activity>>(BotJson.Options) ?? [];
    }

    private async Task<BotReplies> RepliesAsync(string? posted = null)
    {
        var path = $"v3/directline/conversations/{_conversationId}/activities" + (_watermark is null ? string.Empty : "?watermark=" + _watermark);
        using var get = Request(HttpMethod.Get, path, _token);
        var set = await ReadAsync(await _http.SendAsync(get));
        _watermark = set.GetProperty("watermark").GetString();
        var activities = set.GetProperty("activities").Deserialize<List<Activity>>(BotJson.Options) ?? [];
        return new BotReplies(activities.Where(a => a.Type == ActivityTypes.Message && a.Id != posted).ToList());
    }

    private static StringContent JsonContent(JsonObject json) =>
        new(json.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private static HttpRequestMessage Request(HttpMethod method, string path, string credential)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        return request;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"Direct Line answered {(int)response.StatusCode}: {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }
}
