using System.Text.RegularExpressions;

namespace CareerBot.Rendering;

/// <summary>Text as a screen reader or speech should say it: Markdown links as their titles, no emphasis marks or bullets.</summary>
public static partial class SpokenText
{
    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"(?m)^\s*[-•]\s+")]
    private static partial Regex Bullet();

    public static string From(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = Link().Replace(markdown, "$1");
        text = Emphasis().Replace(text, string.Empty);
        return Bullet().Replace(text, string.Empty).Trim();
    }
}
