using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerBot.Tests.Teams;

/// <summary>Activities shaped the way Microsoft Teams sends them (ids, conversation types, channelData, mention entities),
/// posted to /api/messages with deliveryMode expectReplies so the replies come back in the response.</summary>
public static class TeamsActivities
{
    public const string BotId = "28:3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    public const string BotName = "CareerBot";
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string TeamId = "19:Jx7sUu0kSbqfT0dLUaDLkNGl9wLW3T1Yv2bRA0xq4xE1@thread.tacv2";
    public const string ChannelId = "19:c4b0f1a5e0e04f87b6a4c1e9f0d1f1a2@thread.tacv2";

    // Loopback: a stray outbound reply must never leave this machine.
    private const string ServiceUrl = "http://127.0.0.1:9/teams/";

    public static JsonObject ChannelMessage(string question, string studentId = "29:1student-in-channel") =>
        Message(Mention + " " + question, studentId, Conversation("channel", ChannelId + ";messageid=1732480000001"), ChannelData(), mentions: true);

    public static JsonObject GroupChatMessage(string question, string studentId = "29:1student-in-group") =>
        Message(Mention + " " + question, studentId,
            Conversation("groupChat", "19:meeting_NDQ4ZjRjYTUtN2Q3OS00@thread.v2"), new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } }, mentions: true);

    public static JsonObject PersonalMessage(string text, string studentId = "29:1student-personal") =>
        Message(text, studentId, Conversation("personal", "a:1" + studentId[3..] + "-personal"), new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } }, mentions: false);

    /// <summary>A student opening a personal chat with the bot: Teams adds the student as a member.</summary>
    public static JsonObject PersonalMembersAdded(string studentId = "29:1student-new")
    {
        var activity = Base("conversationUpdate", studentId, Conversation("personal", "a:1" + studentId[3..] + "-personal"));
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = studentId, ["aadObjectId"] = Guid.NewGuid().ToString() });
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } };
        return activity;
    }

    /// <summary>CareerBot being added to a team: Teams sends a conversationUpdate naming the bot as the new member.</summary>
    public static JsonObject BotAddedToTeam()
    {
        var activity = Base("conversationUpdate", "29:1teacher", Conversation("channel", TeamId));
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        activity["channelData"] = ChannelData();
        activity["channelData"]!["eventType"] = "teamMemberAdded";
        return activity;
    }

    /// <summary>Sends the activity and returns the bot's replies (typing indicators left out).</summary>
    public static async Task<IReadOnlyList<JsonObject>> SendAsync(HttpClient http, JsonObject activity)
    {
        var response = await http.PostAsJsonAsync("api/messages", activity);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return [.. body["activities"]!.AsArray().Select(a => a!.AsObject()).Where(a => (string?)a["type"] != "typing")];
    }

    /// <summary>The same activity as if Teams' Bot Connector were at <paramref name="serviceUrl"/> (a test's stand-in).</summary>
    public static JsonObject Via(this JsonObject activity, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity["serviceUrl"] = serviceUrl;
        return activity;
    }

    public static string Texts(IEnumerable<JsonObject> replies) =>
        string.Join("\n", replies.Select(r => (string?)r["text"]).Where(t => t is not null));

    private static string Mention => $"<at>{BotName}</at>";

    private static JsonObject Message(string text, string studentId, JsonObject conversation, JsonObject channelData, bool mentions)
    {
        var activity = Base("message", studentId, conversation);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        var entities = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US", ["country"] = "CA", ["platform"] = "Web" });
        if (mentions)
        {
            entities.Add(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = Mention,
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            });
        }

        activity["entities"] = entities;
        activity["channelData"] = channelData;
        return activity;
    }

    private static JsonObject Base(string type, string studentId, JsonObject conversation) => new()
    {
        ["type"] = type,
        ["id"] = "1732480000" + Random.Shared.Next(100, 999),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["localTimestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = studentId, ["name"] = "Sam Student", ["aadObjectId"] = "0b4f4ad2-6f25-4a4b-8f3c-3c3f0d5c2f11" },
        ["conversation"] = conversation,
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["locale"] = "en-US",
        ["deliveryMode"] = "expectReplies",
    };

    private static JsonObject Conversation(string type, string id) => new()
    {
        ["conversationType"] = type,
        ["tenantId"] = Tenant,
        ["id"] = id,
        ["isGroup"] = type != "personal",
    };

    private static JsonObject ChannelData() => new()
    {
        ["teamsChannelId"] = ChannelId,
        ["teamsTeamId"] = TeamId,
        ["channel"] = new JsonObject { ["id"] = ChannelId },
        ["team"] = new JsonObject { ["id"] = TeamId },
        ["tenant"] = new JsonObject { ["id"] = Tenant },
    };

    public static string Json(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "";
}
