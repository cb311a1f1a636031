using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Tests.Schema;

public class ActivitySerializationTests
{
    private const string TeamsActivity = """
        {
          "type": "message",
          "id": "1700000000000",
          "timestamp": "2026-11-24T19:00:00.123Z",
          "localTimestamp": "2026-11-24T11:00:00.123-08:00",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "channelId": "msteams",
          "from": { "id": "29:1abc", "name": "Student", "aadObjectId": "0000", "futureAccountField": { "x": 1 } },
          "conversation": { "conversationType": "personal", "tenantId": "t1", "id": "a:1xyz|livechat;messageid=1",
                            "properties": { "opaque": [1, 2, 3] } },
          "recipient": { "id": "28:bot", "name": "CareerBot" },
          "textFormat": "plain",
          "text": "<at>CareerBot</at> what do nurses earn?",
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:bot", "name": "CareerBot" }, "text": "<at>CareerBot</at>" },
            { "type": "https://schema.org/Thing", "@context": "https://schema.org", "@type": "Thing", "name": "x" }
          ],
          "channelData": { "tenant": { "id": "t1" }, "Weird Key": null },
          "attachments": [ { "contentType": "application/vnd.microsoft.card.adaptive", "content": { "type": "AdaptiveCard" }, "newAttachmentField": true } ],
          "suggestedActions": { "actions": [ { "type": "imBack", "title": "Yes", "value": "yes", "extraAction": 2 } ], "extraSuggested": "s" },
          "reactionsAdded": [ { "type": "like", "reactionExtra": "r" } ],
          "someFutureField": { "nested": { "deeper": [ "a", { "b": null } ] } },
          "topLevelNumber": 12.5
        }
        """;

    [Fact]
    public void An_activity_with_unknown_properties_round_trips_unchanged()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsActivity, BotJson.Options)!;

        var written = JsonSerializer.Serialize(activity, BotJson.Options);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TeamsActivity), JsonNode.Parse(written)), written);
    }

    [Fact]
    public void Unknown_properties_are_readable_after_parsing()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsActivity, BotJson.Options)!;

        Assert.Equal(JsonValueKind.Object, activity.Properties!["someFutureField"].ValueKind);
        Assert.True(activity.From!.Properties!.ContainsKey("futureAccountField"));
        Assert.True(activity.Conversation!.Properties!.ContainsKey("properties"));
        Assert.Equal("a:1xyz|livechat;messageid=1", activity.Conversation.Id);
    }

    [Fact]
    public void An_outgoing_activity_is_camel_case_and_omits_nulls()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "hi",
            From = new ChannelAccount("bot", "CareerBot"),
            Conversation = new ConversationAccount("c1"),
            ReplyToId = "m1",
        };

        var json = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!.AsObject();

        Assert.Equal(["type", "from", "conversation", "text", "replyToId"], json.Select(p => p.Key).ToArray());
        Assert.Equal(["id", "name"], json["from"]!.AsObject().Select(p => p.Key).ToArray());
    }

    [Fact]
    public void Utc_times_are_written_with_a_z_and_other_offsets_are_kept()
    {
        var activity = new Activity
        {
            Timestamp = new DateTimeOffset(2026, 11, 24, 19, 0, 0, TimeSpan.Zero),
            LocalTimestamp = new DateTimeOffset(2026, 11, 24, 11, 0, 0, TimeSpan.FromHours(-8)),
        };

        var json = JsonSerializer.Serialize(activity, BotJson.Options);

        Assert.Contains("\"timestamp\":\"2026-11-24T19:00:00Z\"", json);
        Assert.Contains("\"localTimestamp\":\"2026-11-24T11:00:00-08:00\"", json);
    }
}
