using System.Text.Json.Nodes;

namespace CareerBot.Tests.Host;

/// <summary>Inbound activities as a channel sends them (expectReplies, so replies come back in the HTTP answer).</summary>
public static class Activities
{
    public static JsonObject Message(string conversationId, string text, string userId = "student-1", string type = "message") => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:1",
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Student" },
        ["recipient"] = new JsonObject { ["id"] = "careerbot", ["name"] = "CareerBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["locale"] = "en-US",
        ["text"] = text,
    };
}
