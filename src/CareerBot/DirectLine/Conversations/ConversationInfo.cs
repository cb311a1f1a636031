namespace CareerBot.DirectLine.Conversations;

/// <summary>What the endpoints need to know of a live conversation: whose it is.</summary>
public sealed record ConversationInfo(string Id, string UserId);
