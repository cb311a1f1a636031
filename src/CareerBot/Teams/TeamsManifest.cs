using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerBot.Teams;

/// <summary>Writes the Teams app manifest (schema 1.22) for CareerBot: one bot, usable in personal chats, teams and group chats.</summary>
public static class TeamsManifest
{
    public const string ManifestVersion = "1.22";
    public const string SchemaUrl = "https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json";
    public const string ColorIconFile = "color.png";
    public const string OutlineIconFile = "outline.png";

    public static readonly IReadOnlyList<string> Scopes = ["personal", "team", "groupChat"];

    /// <summary>Commands Teams lists in the compose box; picking one sends its title as the message.</summary>
    public static readonly IReadOnlyList<(string Title, string Description)> Commands =
    [
        ("Help", "What I can do and how to ask"),
        ("Fit check", "A few questions to see whether a career suits you"),
        ("What do IT service managers do?", "The work, education and pay of a career, with sources"),
        ("IT service manager salary", "Salaries by region, with the survey they come from"),
        ("Show my results", "Your saved fit check results"),
    ];

    public static string Create(TeamsAppSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var appId = settings.AppId.ToString("D");
        var manifest = new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["manifestVersion"] = ManifestVersion,
            ["version"] = settings.Version,
            ["id"] = appId,
            ["developer"] = new JsonObject
            {
                ["name"] = settings.ShortName,
                ["websiteUrl"] = settings.BaseUrl + "/",
                ["privacyUrl"] = settings.BaseUrl + "/",
                ["termsOfUseUrl"] = settings.BaseUrl + "/",
            },
            ["name"] = new JsonObject { ["short"] = settings.ShortName, ["full"] = settings.ShortName + " – career advice for students" },
            ["description"] = new JsonObject
            {
                ["short"] = "Ask about careers: pay, education, duties, and whether one fits you.",
                ["full"] = "CareerBot answers students' questions about careers (education, experience, duties, employers, " +
                    "salaries, steps, advancement, similar careers and scholarships) from the school's career library, always " +
                    "saying where a fact comes from, and walks a student through a short fit check for a career.",
            },
            ["icons"] = new JsonObject { ["color"] = ColorIconFile, ["outline"] = OutlineIconFile },
            ["accentColor"] = settings.AccentColor,
            ["bots"] = new JsonArray(Bot(appId)),
            ["validDomains"] = new JsonArray(settings.Host),
        };
        return manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonObject Bot(string appId)
    {
        var commands = new JsonArray();
        foreach (var (title, description) in Commands)
        {
            commands.Add(new JsonObject { ["title"] = title, ["description"] = description });
        }

        return new JsonObject
        {
            ["botId"] = appId,
            ["scopes"] = new JsonArray([.. Scopes.Select(s => JsonValue.Create(s))]),
            ["supportsFiles"] = false,
            ["isNotificationOnly"] = false,
            ["commandLists"] = new JsonArray(new JsonObject
            {
                ["scopes"] = new JsonArray([.. Scopes.Select(s => JsonValue.Create(s))]),
                ["commands"] = commands,
            }),
        };
    }
}
