using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Index;
using CareerBot.Knowledge.Matching;

namespace CareerBot.Knowledge.Answers;

/// <summary>Turns an understood question into an answer from one snapshot: pick the section, compose, or decline honestly.</summary>
internal sealed class AnswerComposer(KnowledgeSnapshot snapshot)
{
    private static readonly string[] FollowUpTopics =
        [KnowledgeTopics.Steps, KnowledgeTopics.Salary, KnowledgeTopics.Duties, KnowledgeTopics.Education, KnowledgeTopics.Outlook];

    /// <summary>Composed sections kept per cache generation (career × topic × region, for the careers in use).</summary>
    private const int CachedSections = 1024;

    private readonly NoAnswers decline = new(snapshot);

    // A section's answer depends only on career, topic and region within one snapshot; reading its blocks and citing
    // it is most of an answer's cost, and the same few are asked again and again.
    private readonly BoundedCache<(string Career, string Topic, string? Region, string? Language), Answer> composed = new(CachedSections);

    /// <summary>The section of a question already understood; the career and topic are the caller's, not guessed here.</summary>
    public Answer Compose(AnswerRequest request)
    {
        if (snapshot.Careers.Count == 0)
        {
            return decline.NotLoaded();
        }

        if (request.Candidates is { Count: > 1 } candidates)
        {
            return decline.WhichOccupation(candidates, request.Topic, request.Region, request.Language);
        }

        if (request.Career is null || !snapshot.Careers.TryGetValue(request.Career, out var career))
        {
            return request.Occupation is { } other ? decline.Uncovered(other, request.Topic, request.Region, request.Language)
                : request.Topic is { } wanted ? decline.WhichCareer(wanted, request.Region, request.Text ?? string.Empty, request.Language)
                : decline.Unknown(request.Region, request.Text ?? string.Empty, request.Language);
        }

        var topic = request.Topic ?? KnowledgeTopics.Overview;
        if (career.Section(topic) is not { } section
            || (section.Markdown.Length == 0 && !(topic == KnowledgeTopics.Salary && career.Salary.Count > 0) && !(topic == KnowledgeTopics.Sources && career.Sources.Count > 0)))
        {
            return decline.NoSection(career, topic, request.Region, 1);
        }

        // The student's language when the career has a translation with this section; English otherwise.
        var translation = career.TranslationIn(request.Language);
        var translated = translation?.Section(topic) is { Markdown.Length: > 0 } ts ? ts : null;
        var answer = composed.GetOrAdd((career.Id, topic, request.Region, translated is null ? null : translation!.Language),
            key => Section(career, translated ?? section, key.Topic, key.Region, translated is null ? null : translation));
        return request.Alternatives.Count == 0 ? answer : answer with { FollowUps = [.. Alternatives(request, topic), .. answer.FollowUps] };
    }

    /// <summary>The same question about the other careers the student's words also fit ("line cook": short-order cook…).</summary>
    private IEnumerable<FollowUp> Alternatives(AnswerRequest request, string topic) => request.Alternatives
        .Select(id => snapshot.Careers.GetValueOrDefault(id)).OfType<CareerFile>()
        .Take(2)
        .Select(c => new FollowUp(topic, CareerRef.Of(c, c.TitleIn(request.Language))));

    private static Answer Section(CareerFile career, CareerSection section, string topic, string? region, CareerTranslation? translation)
    {
        var title = translation?.Title ?? career.Title;
        var reference = CareerRef.Of(career, title);
        var followUps = FollowUpTopics.Where(t => t != topic).Take(3).Select(t => new FollowUp(t, reference)).ToArray();
        if (topic == KnowledgeTopics.Salary && career.Salary.Count > 0)
        {
            return SalaryAnswer.Compose(career, section, region, translation) with { FollowUps = followUps };
        }

        if (topic == KnowledgeTopics.Sources)
        {
            // Where the facts come from: every source the file lists, with publisher, year and link, not the prose list.
            var all = career.Sources.Select(SourceFinder.ToReference).ToArray();
            var notes = career.FromCatalogue ? SectionBlocks.Read(section, region) : [];
            return new Answer(AnswerOutcome.Answered, reference, topic, region, 1, notes, [], all, followUps);
        }

        var body = SectionBlocks.Read(section, region);
        var sources = SourceFinder.ForText(career, string.Join('\n', body.SelectMany(b => b.Lines)));
        return new Answer(AnswerOutcome.Answered, reference, topic, region, 1, body, [], sources, followUps);
    }
}
