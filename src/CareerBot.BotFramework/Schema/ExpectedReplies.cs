namespace CareerBot.BotFramework.Schema;

/// <summary>The HTTP body for a turn delivered with deliveryMode "expectReplies".</summary>
public sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];
}
