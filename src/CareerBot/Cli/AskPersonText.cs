using CareerBot.Knowledge.Answers;

namespace CareerBot.Cli;

/// <summary>An answer laid out for a person at a terminal: the reply, where it comes from, and what to ask next.</summary>
internal static class AskPersonText
{
    public static string Format(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var lines = new List<string> { answer.Text };
        if (answer.Sources.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add("Sources:");
            lines.AddRange(answer.Sources.Select(s =>
                $"- {s.Title}{(s.Year is null ? " (year not stated)" : $" ({s.Year})")}{(s.Url is null ? string.Empty : " " + s.Url)}"));
        }

        if (answer.Suggestions.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add("You could also ask:");
            lines.AddRange(answer.Suggestions.Select(s => "- " + s));
        }

        return string.Join('\n', lines);
    }
}
