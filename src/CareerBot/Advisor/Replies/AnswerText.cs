using CareerBot.Knowledge.Answers;

namespace CareerBot.Advisor.Replies;

/// <summary>Renders an answer for a chat channel: the answer, then one "Sources:" line naming where the facts come from.</summary>
public static class AnswerText
{
    public static string Format(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Sources.Count == 0)
        {
            return answer.Text;
        }

        return $"{answer.Text}\n\n{SourcesLine(answer.Sources)}";
    }

    /// <summary>"Sources: " and each source as a Markdown link where it has an address, with its year where known.</summary>
    public static string SourcesLine(IEnumerable<SourceReference> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var named = sources.Select(s =>
        {
            var title = string.IsNullOrEmpty(s.Url) ? s.Title : $"[{s.Title}]({s.Url})";
            return s.Year is null ? title : $"{title} ({s.Year})";
        });
        return "Sources: " + string.Join("; ", named);
    }
}
