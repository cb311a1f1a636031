namespace CareerBot.DirectLine.Tokens;

public sealed record IssuedToken(string Token, TokenClaims Claims, int ExpiresInSeconds);
