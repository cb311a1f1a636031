using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CareerBot.WebChat;

/// <summary>Renders the chat page from its template and the branding in <see cref="WebChatOptions"/>.</summary>
public sealed partial class WebChatPage(IOptions<WebChatOptions> options)
{
    private const string DefaultAccent = "#0b5cab";
    private readonly Lazy<string> _template = new(() => File.ReadAllText(WebChatAssets.TemplatePath("index.html")));

    // The attribution the data's licences ask for, in the page's language (Templates/about.<lang>.html).
    private readonly Lazy<string> _aboutEnglish = new(() => File.ReadAllText(WebChatAssets.TemplatePath("about.en.html")));
    private readonly Lazy<string> _aboutFrench = new(() => File.ReadAllText(WebChatAssets.TemplatePath("about.fr.html")));

    // The page's own words in its language (Templates/page.<lang>.json).
    private readonly Lazy<WebChatPageWords> _words = new(() => WebChatPageWords.Read(options.Value.Language));

    public string Render(bool embedded)
    {
        var branding = options.Value;
        var words = _words.Value;
        var html = HtmlEncoder.Default;
        var welcome = string.IsNullOrWhiteSpace(branding.WelcomeText) ? words.Welcome : branding.WelcomeText;
        return _template.Value
            .Replace("{{lang}}", html.Encode(branding.Language), StringComparison.Ordinal)
            .Replace("{{title}}", html.Encode(branding.Title), StringComparison.Ordinal)
            .Replace("{{school}}", html.Encode(branding.SchoolName), StringComparison.Ordinal)
            .Replace("{{welcome}}", html.Encode(welcome), StringComparison.Ordinal)
            .Replace("{{skipLink}}", html.Encode(words.SkipLink), StringComparison.Ordinal)
            .Replace("{{conversationLabel}}", html.Encode(words.ConversationLabel), StringComparison.Ordinal)
            .Replace("{{bodyClass}}", embedded ? "embedded" : "standalone", StringComparison.Ordinal)
            .Replace("{{starters}}", Starters(branding.StarterPrompts.Count == 0 ? words.Starters : branding.StarterPrompts, words.StartersLabel, html),
                StringComparison.Ordinal)
            .Replace("{{config}}", ClientConfig(branding, words), StringComparison.Ordinal)
            .Replace("{{about}}", branding.Language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? _aboutFrench.Value : _aboutEnglish.Value,
                StringComparison.Ordinal);
    }

    /// <summary>The settings the page script hands to Web Chat; JSON-escaped so it is safe inside a script element.</summary>
    private static string ClientConfig(WebChatOptions branding, WebChatPageWords words)
    {
        var accent = ColorPattern().IsMatch(branding.AccentColor) ? branding.AccentColor : DefaultAccent;
        var styleOptions = new Dictionary<string, object>
        {
            ["accentColor"] = accent,
            ["botAvatarInitials"] = branding.BotAvatarInitials,
            ["userAvatarInitials"] = "You",
            ["bubbleFromUserBackground"] = accent,
            ["bubbleFromUserTextColor"] = "#ffffff",
            ["hideUploadButton"] = true,
            ["sendBoxTextWrap"] = true,
            ["suggestedActionLayout"] = "flow",

            // A new answer is read from its start: Web Chat stops scrolling when the first new message reaches the top
            // of the conversation (by default it scrolls to the end, so on a phone a long answer opens at its sources).
            ["autoScrollSnapOnPage"] = true,
            ["autoScrollSnapOnPageOffset"] = 0,
        };
        if (IsLocalImage(branding.BotAvatarImage))
        {
            styleOptions["botAvatarImage"] = branding.BotAvatarImage;
        }

        return JsonSerializer.Serialize(new { locale = branding.Language, styleOptions, notices = words.Notices });
    }

    private static string Starters(IReadOnlyList<string> prompts, string label, HtmlEncoder html)
    {
        if (!prompts.Any(p => !string.IsNullOrWhiteSpace(p)))
        {
            return "";
        }

        var markup = new StringBuilder("    <nav class=\"chat-starters\" aria-label=\"").Append(html.Encode(label)).Append("\"><ul>\n");
        foreach (var prompt in prompts.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            var text = html.Encode(prompt);
            markup.Append("      <li><button type=\"button\" class=\"chat-starter\" data-prompt=\"").Append(text).Append("\">")
                .Append(text).Append("</button></li>\n");
        }

        return markup.Append("    </ul></nav>").ToString();
    }

    // Images come from this host only: the page's Content-Security-Policy allows nothing else.
    private static bool IsLocalImage(string path) => path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex ColorPattern();
}
