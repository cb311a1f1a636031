namespace CareerBot.DirectLine;

/// <summary>The <c>error.code</c> values of this Direct Line's JSON error bodies.</summary>
public static class DirectLineErrorCodes
{
    public const string MissingAuthorization = "MissingAuthorization";
    public const string TokenInvalid = "TokenInvalid";
    public const string TokenExpired = "TokenExpired";
    public const string SecretInvalid = "SecretInvalid";
    public const string Forbidden = "Forbidden";
    public const string BadArgument = "BadArgument";
    public const string NotFound = "ConversationNotFound";
    public const string TooLarge = "PayloadTooLarge";
    public const string TooManyRequests = "TooManyRequests";
    public const string Unavailable = "ServiceUnavailable";
    public const string OriginNotAllowed = "OriginNotAllowed";
}
