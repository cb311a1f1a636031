namespace CareerBot.DirectLine.Tokens;

/// <summary>What a Direct Line token grants: one user in one conversation until it expires.</summary>
public sealed record TokenClaims(string ConversationId, string UserId, DateTimeOffset ExpiresAt);
