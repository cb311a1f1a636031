using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Files;

namespace CareerBot.Rendering;

/// <summary>
/// An answer as plain text with light Markdown, for channels without cards, the terminal and every card's fallback:
/// everything the answer holds, never cut (the whole section, every step), then one "Sources:" line.
/// </summary>
public static class AnswerTextRenderer
{
    public static string Render(Answer answer, AnswerLanguage language)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(language);
        if (!answer.Answered || answer.About is null || answer.Topic is null)
        {
            return language.Decline(answer);
        }

        // A salary answer opens with its figures, whose first line already names the career (and region).
        var parts = answer.Salary.Count > 0 ? [Salary(answer, language)] : new List<string> { language.Heading(answer.About, answer.Topic) };

        parts.AddRange(answer.Body.Select(b => AnswerParts.Markdown(b)));
        if (answer.Topic == KnowledgeTopics.Sources)
        {
            parts.Add(string.Join('\n', answer.Sources.Select(s => "- " + SourceEntry(s, language))));
            return string.Join("\n\n", parts);
        }

        var text = string.Join("\n\n", parts);
        return answer.Sources.Count == 0 ? text : $"{text}\n\n{SourcesLine(answer.Sources, language)}";
    }

    /// <summary>"Sources: " and each source as a Markdown link where it has an address, with its year where known.</summary>
    public static string SourcesLine(IEnumerable<SourceReference> sources, AnswerLanguage language)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(language);
        var named = sources.Select(s =>
        {
            var title = string.IsNullOrEmpty(s.Url) ? s.Title : $"[{s.Title}]({s.Url})";
            return s.Year is null ? title : $"{title} ({s.Year})";
        });
        return language.Labelled(language.SourcesLabel, string.Join("; ", named));
    }

    /// <summary>One source in a list: its title as a link where it has one, its publisher and its year.</summary>
    public static string SourceEntry(SourceReference source, AnswerLanguage language)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(language);
        var title = string.IsNullOrEmpty(source.Url) ? source.Title : $"[{source.Title}]({source.Url})";
        var by = source.Publisher is { Length: > 0 } publisher ? $" — {publisher}" : string.Empty;
        return $"{title}{by}, {source.Year ?? language.YearNotStated}";
    }

    private static string Salary(Answer answer, AnswerLanguage language)
    {
        var lines = new List<string> { language.SalaryIntro(answer) };
        foreach (var region in AnswerParts.ByRegion(answer.Salary))
        {
            var figures = string.Join(", ", region.Figures.Select(language.Figure)) + $" ({language.FigureSource(region.Group, region.Source)})";
            lines.Add("- " + language.Labelled(AnswerParts.Capitalised(language.RegionName(region.Region)), figures));
        }

        lines.Add(language.SalaryCaveat);
        return string.Join('\n', lines);
    }
}
