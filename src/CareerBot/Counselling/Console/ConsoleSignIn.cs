using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace CareerBot.Counselling.Console;

/// <summary>The console's sign-in: its cookie scheme, the policy every console page requires, and the access-key check.</summary>
public static class ConsoleSignIn
{
    public const string CookieScheme = "CounsellorConsole";
    public const string EntraScheme = "CounsellorEntra";
    public const string Policy = "Counsellor";
    public const string RateLimitPolicy = "counsellor-sign-in";
    public const string CookieName = "careerbot.counsellor";

    /// <summary>True when <paramref name="typed"/> is the configured key; compared in constant time, on hashes so the length leaks nothing.</summary>
    public static bool IsAccessKey(string? typed, string? configured)
    {
        if (string.IsNullOrEmpty(configured) || string.IsNullOrEmpty(typed))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(typed)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
    }

    private const string StaffWithKeyName = "School staff (access key)";

    /// <summary>Who signed in with the access key: the school's staff, with no personal account.</summary>
    public static ClaimsPrincipal StaffWithKey() =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, StaffWithKeyName), new Claim(SessionClaim, Guid.NewGuid().ToString("N"))], CookieScheme));

    /// <summary>The signed-in counsellor's own name (from Entra ID), or null for the shared access key.</summary>
    public static string? PersonalNameOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.Name is { Length: > 0 and <= 60 } name && name != StaffWithKeyName ? name : null;
    }

    /// <summary>One sign-in's id, for the counsellor's presence in the inbox.</summary>
    public const string SessionClaim = "careerbot:console-session";

    /// <summary>The presence key of the signed-in counsellor: a hash, so no account name is stored for it.</summary>
    public static string PresenceOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var who = user.FindFirst(SessionClaim)?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.Identity?.Name ?? "counsellor";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(who)))[..16];
    }
}
