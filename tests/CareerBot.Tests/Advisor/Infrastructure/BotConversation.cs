using System.Net.Http.Json;
using System.Text.Json;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Tests.Advisor.Infrastructure;

/// <summary>One student's conversation with the bot over POST /api/messages with deliveryMode expectReplies.</summary>
public sealed class BotConversation : IStudentChat
{
    private readonly HttpClient _http;
    private int _next;

    public BotConversation(HttpClient http, string channelId, string? userId, string? conversationType)
    {
        _http = http;
        ChannelId = channelId;
        ConversationType = conversationType;
        UserId = userId ?? "student-" + Guid.NewGuid().ToString("N")[..8];
        ConversationId = "conversation-" + Guid.NewGuid().ToString("N")[..8];
    }

    public string ChannelId { get; }
    public string? ConversationType { get; }
    public string UserId { get; }
    public string ConversationId { get; init; }

    /// <summary>Sends a message and returns the bot's replies to it.</summary>
    public Task<BotReplies> SendAsync(string text, string locale = "en-US") =>
        PostAsync(Activity(ActivityTypes.Message, a => { a.Text = text; a.Locale = locale; }));

    /// <summary>An event activity from the channel (for example <c>handoff.status</c> from an agent hub).</summary>
    public Task<BotReplies> SendEventAsync(string name, JsonElement value) =>
        PostAsync(Activity(ActivityTypes.Event, a => { a.Name = name; a.Value = value; }));

    /// <summary>A message with no text whose value carries it, as Web Chat posts an Adaptive Card submit.</summary>
    public Task<BotReplies> SendValueAsync(JsonElement value) =>
        PostAsync(Activity(ActivityTypes.Message, a => a.Value = value));

    /// <summary>The student (or, with <paramref name="botOnly"/>, just the bot) joins, as channels announce before the first message.</summary>
    public Task<BotReplies> JoinAsync(bool botOnly = false, string? locale = null) =>
        PostAsync(Activity(ActivityTypes.ConversationUpdate, a =>
        {
            a.Locale = locale;
            a.MembersAdded = botOnly ? [new ChannelAccount("bot")] : [new ChannelAccount("bot"), new ChannelAccount(UserId)];
        }));

    private Activity Activity(string type, Action<Activity> fill)
    {
        var activity = new Activity
        {
            Type = type,
            Id = $"in-{++_next}",
            ChannelId = ChannelId,
            ServiceUrl = "http://127.0.0.1/",
            DeliveryMode = DeliveryModes.ExpectReplies,
            From = new ChannelAccount(UserId, "Student"),
            Recipient = new ChannelAccount("bot", "CareerBot"),
            Conversation = new ConversationAccount(ConversationId) { ConversationType = ConversationType, IsGroup = ConversationType is null ? null : true },
        };
        fill(activity);
        return activity;
    }

    private async Task<BotReplies> PostAsync(Activity activity)
    {
        using var response = await _http.PostAsJsonAsync("/api/messages", activity, BotJson.Options);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(BotJson.Options);
        var activities = body.GetProperty("activities").Deserialize<List<Activity>>(BotJson.Options) ?? [];
        return new BotReplies(activities.Where(a => a.Type == ActivityTypes.Message).ToList());
    }
}
