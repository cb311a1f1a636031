namespace CareerBot.WebChat;

/// <summary>The "Embed" section: which school sites may put the chat on their pages.</summary>
public sealed class EmbedOptions
{
    public const string SectionName = "Embed";

    /// <summary>Origins such as "https://www.example-school.ca" allowed to frame the chat and call the chat endpoints.
    /// Empty: only this host's own pages.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    public bool IsAllowed(string origin) =>
        WebChatSecurityHeaders.ValidOrigins(AllowedOrigins).Contains(origin, StringComparer.OrdinalIgnoreCase);
}
