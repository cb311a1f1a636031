using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Teams;

/// <summary>What a Teams app package is made from; <see cref="Create"/> checks the user's input.</summary>
public sealed partial record TeamsAppSettings(Guid AppId, string Host, string ShortName, string Version, uint AccentRgb)
{
    public const string DefaultName = "CareerBot";
    public const string DefaultVersion = "1.0.0";
    public const uint DefaultAccent = 0x0B5CAB;

    /// <summary>The bot's public base address, e.g. https://careers.example-school.ca.</summary>
    public string BaseUrl => "https://" + Host;

    public string AccentColor => "#" + AccentRgb.ToString("X6", CultureInfo.InvariantCulture);

    /// <summary>Checks and normalises the input; <paramref name="error"/> says what is wrong when it returns null.</summary>
    public static TeamsAppSettings? Create(string? appId, string? host, string? name, string? version, string? accent, out string? error)
    {
        error = null;
        if (!Guid.TryParse(appId, out var id) || id == Guid.Empty)
        {
            error = "--app-id must be the bot's Microsoft App ID, a GUID such as 00000000-0000-0000-0000-000000000000 (from the Azure Bot registration).";
            return null;
        }

        var domain = NormaliseHost(host);
        if (domain is null)
        {
            error = "--host must be the public host name of the bot, such as careers.example-school.ca (https is assumed).";
            return null;
        }

        var shortName = string.IsNullOrWhiteSpace(name) ? DefaultName : name.Trim();
        if (shortName.Length > 30)
        {
            error = "--name must be at most 30 characters (Teams' limit for an app's short name).";
            return null;
        }

        var appVersion = string.IsNullOrWhiteSpace(version) ? DefaultVersion : version.Trim();
        if (!VersionPattern().IsMatch(appVersion))
        {
            error = "--version must look like 1.0.0.";
            return null;
        }

        var rgb = DefaultAccent;
        if (!string.IsNullOrWhiteSpace(accent)
            && !(ColorPattern().IsMatch(accent) && uint.TryParse(accent.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out rgb)))
        {
            error = "--color must be a colour such as #0b5cab.";
            return null;
        }

        return new TeamsAppSettings(id, domain, shortName, appVersion, rgb);
    }

    /// <summary>Accepts "host", "host:port" or a full https URL; returns the authority in lower case, or null.</summary>
    private static string? NormaliseHost(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return null;
        }

        var candidate = host.Trim();
        if (!candidate.Contains("://", StringComparison.Ordinal))
        {
            candidate = "https://" + candidate;
        }

        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            && uri.HostNameType == UriHostNameType.Dns && uri.Host.Contains('.', StringComparison.Ordinal)
            && uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query)
            ? uri.Authority.ToLowerInvariant()
            : null;
    }

    [GeneratedRegex(@"^\d{1,5}\.\d{1,5}\.\d{1,5}$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();
}
