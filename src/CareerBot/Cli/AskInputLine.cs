using System.Text.Json;
using CareerBot.Understanding.Asking;

namespace CareerBot.Cli;

/// <summary>Reads one <c>ask --json -</c> input line: plain text, or <c>{"text": "...", "context": ["...", ...]}</c>.</summary>
internal static class AskInputLine
{
    /// <summary>The question on the line, or null with the reason it is not one.</summary>
    public static Question? Parse(string line, out string? error)
    {
        ArgumentNullException.ThrowIfNull(line);
        error = null;
        if (!line.TrimStart().StartsWith('{'))
        {
            return new Question(line);
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                error = "the JSON object needs a \"text\" string";
                return null;
            }

            var context = new List<string>();
            if (root.TryGetProperty("context", out var items) && items.ValueKind != JsonValueKind.Null)
            {
                if (items.ValueKind != JsonValueKind.Array || items.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.String))
                {
                    error = "\"context\" must be a list of strings (earlier user messages, oldest first)";
                    return null;
                }

                context.AddRange(items.EnumerateArray().Select(i => i.GetString()!));
            }

            return new Question(text.GetString()!, context);
        }
        catch (JsonException ex)
        {
            error = $"not valid JSON ({ex.Message})";
            return null;
        }
    }
}
