namespace CareerBot.DirectLine.Tokens;

/// <summary>The outcome of checking a token: its claims, or why it was refused.</summary>
public sealed record TokenValidation(TokenClaims? Claims, string? ErrorCode, string? ErrorMessage)
{
    public bool IsValid => Claims is not null;

    public static TokenValidation Valid(TokenClaims claims) => new(claims, null, null);

    public static TokenValidation Invalid(string code, string message) => new(null, code, message);
}
