using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Index;
using CareerBot.Knowledge.Matching;

namespace CareerBot.Knowledge.Answers;

/// <summary>Turns an understood question into an answer from one snapshot: pick the section, compose, or decline honestly.</summary>
internal sealed class AnswerComposer(KnowledgeSnapshot snapshot)
{
    private static readonly string[] FollowUpTopics =
        [KnowledgeTopics.Steps, KnowledgeTopics.Salary, KnowledgeTopics.Duties, KnowledgeTopics.Education, KnowledgeTopics.Outlook];

    /// <summary>Composed section texts kept per cache generation (career × topic × region, for the careers in use).</summary>
    private const int CachedSections = 1024;

    private readonly NoAnswers decline = new(snapshot);

    // A section's reply depends only on career, topic and region within one snapshot; summarising and citing it is
    // most of an answer's cost, and the same few are asked again and again.
    private readonly BoundedCache<(string Career, string Topic, string? Region), (string Text, IReadOnlyList<SourceReference> Sources)>
        composed = new(CachedSections);

    /// <summary>The section of a question already understood; the career and topic are the caller's, not guessed here.</summary>
    public Answer Compose(AnswerRequest request)
    {
        if (snapshot.Careers.Count == 0)
        {
            return decline.NotLoaded();
        }

        if (request.Career is null || !snapshot.Careers.TryGetValue(request.Career, out var career))
        {
            return request.Occupation is { } other ? decline.Uncovered(other, request.Topic, request.Region)
                : request.Topic is { } wanted ? decline.WhichCareer(wanted, request.Region, request.Text ?? string.Empty)
                : decline.Unknown(request.Region, request.Text ?? string.Empty);
        }

        var topic = request.Topic ?? KnowledgeTopics.Overview;
        if (career.Section(topic) is not { } section || (section.Markdown.Length == 0 && !(topic == KnowledgeTopics.Salary && career.Salary.Count > 0)))
        {
            return decline.NoSection(career, topic, request.Region, 1);
        }

        return Section(career, section, topic, request.Region, 1);
    }

    private Answer Section(CareerFile career, CareerSection section, string topic, string? region, double score)
    {
        var (text, sources) = composed.GetOrAdd((career.Id, topic, region), key =>
            key.Topic == KnowledgeTopics.Salary && career.Salary.Count > 0
                ? SalaryAnswer.Compose(career, key.Region)
                : SectionAnswer(career, section, key.Region));
        var suggestions = FollowUpTopics.Where(t => t != topic).Take(3).Select(t => Phrasing.QuestionFor(t, career.Title)).ToArray();
        return new Answer(career.Id, topic, region, true, score, text, sources, suggestions);
    }

    private static (string Text, IReadOnlyList<SourceReference> Sources) SectionAnswer(CareerFile career, CareerSection section, string? region)
    {
        var body = SectionSummary.Summarize(section, region);
        var text = $"{career.Title} — {KnowledgeTopics.Label(section.Topic)}\n{body}";
        return (text, SourceFinder.ForText(career, body));
    }
}
