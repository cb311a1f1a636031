using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Index;
using CareerBot.Knowledge.Understanding;

namespace CareerBot.Knowledge.Answers;

/// <summary>Turns a question into an answer from one snapshot: understand, pick the section, compose, or decline honestly.</summary>
internal sealed class AnswerComposer(KnowledgeSnapshot snapshot)
{
    /// <summary>Below this confidence CareerBot says it doesn't know rather than guess.</summary>
    public const double Threshold = 0.5;

    private static readonly string[] FollowUpTopics =
        [KnowledgeTopics.Steps, KnowledgeTopics.Salary, KnowledgeTopics.Duties, KnowledgeTopics.Education, KnowledgeTopics.Outlook];

    /// <summary>Composed section texts kept per cache generation (career × topic × region, for the careers in use).</summary>
    private const int CachedSections = 1024;

    private readonly NoAnswers decline = new(snapshot);

    // A section's reply depends only on career, topic and region within one snapshot; summarising and citing it is
    // most of an answer's cost, and the same few are asked again and again.
    private readonly BoundedCache<(string Career, string Topic, string? Region), (string Text, IReadOnlyList<SourceReference> Sources)>
        composed = new(CachedSections);

    public Answer Compose(Question question)
    {
        if (snapshot.Careers.Count == 0)
        {
            return decline.NotLoaded();
        }

        if (string.IsNullOrWhiteSpace(Words.Clean(question.Text)))
        {
            return decline.Empty();
        }

        var reading = snapshot.Reader.Read(question);
        if (reading.Career is null || !snapshot.Careers.TryGetValue(reading.Career, out var career))
        {
            return reading.OtherOccupation is { } other ? decline.Uncovered(other, reading.Topic, reading.Region)
                : reading.Topic is { } topic ? decline.WhichCareer(topic, reading.Region, question.Text)
                : decline.Unknown(reading.Region, question.Text);
        }

        var (chosen, topicConfidence) = ChooseTopic(reading, career);
        var score = Math.Round(reading.CareerConfidence * topicConfidence, 2);
        if (score < Threshold)
        {
            return decline.NotSure(career, reading.Region, score);
        }

        if (career.Section(chosen) is not { } section || (section.Markdown.Length == 0 && !(chosen == KnowledgeTopics.Salary && career.Salary.Count > 0)))
        {
            return decline.NoSection(career, chosen, reading.Region, score);
        }

        return Section(career, section, chosen, reading.Region, score);
    }

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

    /// <summary>The topic the words point to; the index breaks ties and reads questions the lexicon has no words for.</summary>
    private (string Topic, double Confidence) ChooseTopic(Reading reading, CareerFile career)
    {
        if (reading.Topic is { } topic)
        {
            if (reading.TopicFromContext)
            {
                return (topic, 0.85);
            }

            var scores = reading.Message.TopicScores;
            var best = scores[topic];
            var tied = scores.Where(p => p.Value == best).Select(p => p.Key).ToArray();
            if (tied.Length > 1)
            {
                var hit = snapshot.Index.Search(string.Join(' ', reading.Message.Leftover.Append(string.Join(' ', tied))), career.Id, 12)
                    .FirstOrDefault(h => tied.Contains(h.Topic));
                topic = hit?.Topic ?? topic;
            }

            return (topic, Math.Min(1.0, 0.5 + (0.25 * best)));
        }

        if (reading.Message.Leftover.Count == 0)
        {
            // "IT manager" alone asks for the overview; "ok thanks" after a question asks for nothing.
            return (KnowledgeTopics.Overview, reading.CareerFromContext ? 0.3 : 0.8);
        }

        var found = snapshot.Index.Search(string.Join(' ', reading.Message.Leftover), career.Id, 1);
        return found.Count > 0 ? (found[0].Topic, 0.6) : (KnowledgeTopics.Overview, 0.4);
    }
}
