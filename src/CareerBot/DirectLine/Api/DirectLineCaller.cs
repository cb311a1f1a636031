using System.Security.Cryptography;
using System.Text;
using CareerBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;

namespace CareerBot.DirectLine.Api;

/// <summary>Who is calling: the holder of the secret, or the holder of a token for one conversation.</summary>
public sealed record DirectLineCaller(bool HasSecret, TokenClaims? Token)
{
    public bool MayUse(string conversationId) => HasSecret || Token?.ConversationId == conversationId;

    /// <summary>Reads the bearer credential (header, or <c>t</c> query parameter for streams); a failure is the error to return.</summary>
    public static (DirectLineCaller? Caller, IResult? Failure) Authenticate(
        HttpRequest request, string configuredSecret, DirectLineTokenService tokens, bool allowQueryToken = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tokens);
        var credential = ReadBearer(request) ?? (allowQueryToken ? request.Query["t"].ToString() : null);
        if (string.IsNullOrEmpty(credential))
        {
            return (null, DirectLineError.Result(StatusCodes.Status401Unauthorized, DirectLineErrorCodes.MissingAuthorization,
                "Send 'Authorization: Bearer <secret or token>'."));
        }

        if (configuredSecret.Length > 0 && SecretsEqual(credential, configuredSecret))
        {
            return (new DirectLineCaller(true, null), null);
        }

        var validation = tokens.Validate(credential);
        return validation.IsValid
            ? (new DirectLineCaller(false, validation.Claims), null)
            : (null, DirectLineError.Result(StatusCodes.Status403Forbidden, validation.ErrorCode!, validation.ErrorMessage!));
    }

    public static IResult WrongConversation() => DirectLineError.Result(StatusCodes.Status403Forbidden, DirectLineErrorCodes.Forbidden,
        "The token is for another conversation.");

    public static IResult SecretRequired() => DirectLineError.Result(StatusCodes.Status403Forbidden, DirectLineErrorCodes.SecretInvalid,
        "This call needs the Direct Line secret.");

    private static string? ReadBearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }

    private static bool SecretsEqual(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
