using System.Text.Json.Serialization;

namespace CareerBot.DirectLine.Api;

/// <summary>The token endpoint's answer: a Direct Line token response plus the user id Web Chat should show as "me".</summary>
public sealed record WebChatToken(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("userId")] string UserId);
