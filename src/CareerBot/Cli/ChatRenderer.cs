using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.Rendering;

namespace CareerBot.Cli;

/// <summary>
/// Prints bot messages as plain text: the text, or a card's text when a message has no text of its own, then its
/// buttons (suggested actions or card buttons) on one line, each in brackets, to be typed back.
/// </summary>
public static class ChatRenderer
{
    public static void Write(TextWriter output, Activity message)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(message);
        var text = string.IsNullOrWhiteSpace(message.Text) ? CardText(message) : message.Text;
        if (!string.IsNullOrWhiteSpace(text))
        {
            output.WriteLine("bot: " + text.Replace("\n", "\n     ", StringComparison.Ordinal));
        }

        foreach (var row in ButtonRows(message).Where(r => r.Count > 0))
        {
            output.WriteLine("     " + string.Join(" ", row.Select(b => $"[{b}]")));
        }

        output.WriteLine();
    }

    private static string CardText(Activity message)
    {
        var lines = new List<string>();
        var language = AnswerLanguages.For(message.Locale);
        foreach (var content in Contents(message))
        {
            Collect(content, lines, language);
        }

        return string.Join("\n", lines);
    }

    /// <summary>The suggested actions, then each card's buttons: one row each, as the channel would group them.</summary>
    private static IEnumerable<List<string>> ButtonRows(Activity message)
    {
        yield return message.SuggestedActions?.Actions.Select(a => a.Title).OfType<string>().ToList() ?? [];
        foreach (var content in Contents(message))
        {
            foreach (var name in (string[])["buttons", "actions"])
            {
                if (content.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    yield return list.EnumerateArray()
                        .Select(b => b.TryGetProperty("title", out var t) ? t.GetString() : null).OfType<string>().ToList();
                }
            }
        }
    }

    private static IEnumerable<JsonElement> Contents(Activity message) =>
        message.Attachments?.Where(a => a.Content is { ValueKind: JsonValueKind.Object }).Select(a => a.Content!.Value) ?? [];

    /// <summary>
    /// The words of a hero card (text) or Adaptive Card (text blocks, facts, containers), top to bottom; a fact as its
    /// label and value in the card's language (« Médiane : 63,16 $ » in French, which spaces the colon).
    /// </summary>
    private static void Collect(JsonElement element, List<string> lines, AnswerLanguage language)
    {
        if (element.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
        {
            lines.Add(text.GetString()!);
        }

        if (element.TryGetProperty("facts", out var facts) && facts.ValueKind == JsonValueKind.Array)
        {
            lines.AddRange(facts.EnumerateArray().Select(f =>
                language.Labelled(f.GetProperty("title").GetString() ?? "", f.GetProperty("value").GetString() ?? "")));
        }

        foreach (var name in (string[])["body", "items"])
        {
            if (element.TryGetProperty(name, out var children) && children.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in children.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Object))
                {
                    Collect(child, lines, language);
                }
            }
        }
    }
}
