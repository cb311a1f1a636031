using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.WebChat;

/// <summary>The chat page's own words in one language (<c>Templates/page.&lt;lang&gt;.json</c>): the welcome line and
/// starter questions a school has not set, the labels screen readers hear, and the notices the page script shows.</summary>
public sealed record WebChatPageWords(
    [property: JsonPropertyName("welcome")] string Welcome,
    [property: JsonPropertyName("starters")] IReadOnlyList<string> Starters,
    [property: JsonPropertyName("startersLabel")] string StartersLabel,
    [property: JsonPropertyName("skipLink")] string SkipLink,
    [property: JsonPropertyName("conversationLabel")] string ConversationLabel,
    [property: JsonPropertyName("notices")] IReadOnlyDictionary<string, string> Notices)
{
    /// <summary>The French words for a French page (fr, fr-CA…), the English ones otherwise.</summary>
    public static WebChatPageWords Read(string language)
    {
        var code = language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? "fr" : "en";
        using var file = File.OpenRead(WebChatAssets.TemplatePath($"page.{code}.json"));
        return JsonSerializer.Deserialize<WebChatPageWords>(file)
            ?? throw new InvalidDataException($"{WebChatAssets.TemplatePath($"page.{code}.json")}: empty");
    }
}
