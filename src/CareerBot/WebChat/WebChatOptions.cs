namespace CareerBot.WebChat;

/// <summary>The "WebChat" section: how the chat page looks and greets.</summary>
public sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    public string SchoolName { get; set; } = "Your school";
    public string Title { get; set; } = "CareerBot";

    /// <summary>The language of the page (the html lang attribute).</summary>
    public string Language { get; set; } = "en";

    /// <summary>A CSS colour such as "#0b5cab"; anything else falls back to the default.</summary>
    public string AccentColor { get; set; } = "#0b5cab";

    /// <summary>An image path on this host (e.g. "/branding/avatar.png"); empty shows the initials instead.</summary>
    public string BotAvatarImage { get; set; } = "";
    public string BotAvatarInitials { get; set; } = "CB";

    /// <summary>The line shown above the chat before anyone types; empty: the page's own, in its language.</summary>
    public string WelcomeText { get; set; } = "";

    /// <summary>Buttons above the chat that send their text. Empty: the page's own, in its language
    /// (<c>WebChat/Templates/page.&lt;lang&gt;.json</c>; configuration binding adds to a list rather than replacing it, so
    /// the defaults cannot live here); [""] shows none.</summary>
    public List<string> StarterPrompts { get; set; } = [];
}
