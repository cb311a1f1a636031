using System.Text.Json.Serialization;

namespace CareerBot.DirectLine.Api;

/// <summary>The Direct Line Conversation object (also the body of tokens/generate and tokens/refresh, without streamUrl).</summary>
public sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string? Token,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null,
    [property: JsonPropertyName("referenceGrammarId")] string? ReferenceGrammarId = null,
    [property: JsonPropertyName("eTag")] string? ETag = null);
