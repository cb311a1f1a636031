namespace CareerBot.BotFramework.Schema;

public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";
    /// <summary>Replies go back in the HTTP response body instead of to the channel's serviceUrl.</summary>
    public const string ExpectReplies = "expectReplies";
    public const string Ephemeral = "ephemeral";
}
