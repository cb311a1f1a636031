namespace CareerBot.WebChat;

/// <summary>Where the build puts the page's files: webchat/ (served) and webchat-templates/ (rendered) next to the app.</summary>
public static class WebChatAssets
{
    public static string PublicRoot => Path.Combine(AppContext.BaseDirectory, "webchat");

    public static string PublicFile(string name) => Path.Combine(PublicRoot, name);

    public static string TemplatePath(string name) => Path.Combine(AppContext.BaseDirectory, "webchat-templates", name);
}
