using CareerBot.Knowledge.Answers;
using CareerBot.Rendering;

namespace CareerBot.Cli;

/// <summary>An answer laid out for a person at a terminal: the whole reply, where it comes from, and what to ask next.</summary>
internal static class AskPersonText
{
    public static string Format(Answer answer, AnswerLanguage language)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(language);
        var withoutSources = answer with { Sources = [] };
        var lines = new List<string> { AnswerTextRenderer.Render(withoutSources, language) };
        if (answer.Sources.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add(language.Labelled(language.SourcesLabel, string.Empty).TrimEnd());
            lines.AddRange(answer.Sources.Select(s => $"- {language.Source(s)}{(s.Url is null ? string.Empty : " " + s.Url)}"));
        }

        if (answer.FollowUps.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add(language.AlsoAsk);
            lines.AddRange(answer.FollowUps.Select(f => "- " + language.Question(f)));
        }

        return string.Join('\n', lines);
    }
}
