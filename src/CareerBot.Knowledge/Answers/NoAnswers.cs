using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Index;
using CareerBot.Knowledge.Matching;

namespace CareerBot.Knowledge.Answers;

/// <summary>The honest declines for questions CareerBot cannot answer, each with up to three useful follow-ups.</summary>
internal sealed class NoAnswers(KnowledgeSnapshot snapshot)
{
    private const int MaxSuggestions = 3;

    private readonly IReadOnlyList<CareerRef> covered = snapshot.Careers.Values.Where(c => !c.FromCatalogue).Select(Ref).ToArray();

    public Answer NotLoaded() => Decline(AnswerOutcome.NotLoaded, null, null, null, []);

    /// <summary>A job with no page: the careers whose names come closest (then the guides), in the student's language.</summary>
    public Answer Uncovered(string occupation, string? topic, string? region, string? language = null) =>
        Decline(AnswerOutcome.UncoveredCareer, null, topic, region,
            NearestCareers(occupation).Select(c => new FollowUp(topic ?? KnowledgeTopics.Overview, Ref(c, language)))) with { Occupation = occupation };

    public Answer WhichOccupation(IReadOnlyList<string> candidates, string? topic, string? region, string? language) =>
        new Answer(AnswerOutcome.WhichOccupation, null, topic, region, 0, [], [], [],
            [.. candidates.Select(id => snapshot.Careers.GetValueOrDefault(id)).OfType<CareerFile>()
                .Select(c => new FollowUp(topic ?? KnowledgeTopics.Overview, CareerRef.Of(c, c.TitleIn(language))))])
        { Covered = covered, CareerCount = snapshot.Careers.Count };

    public Answer WhichCareer(string topic, string? region, string text, string? language = null) =>
        Decline(AnswerOutcome.WhichCareer, null, topic, region, NearestCareers(text).Select(c => new FollowUp(topic, Ref(c, language))));

    public Answer Unknown(string? region, string text, string? language = null) =>
        Decline(AnswerOutcome.NotSure, null, null, region, NearestCareers(text).Select(c => new FollowUp(KnowledgeTopics.Overview, Ref(c, language))));

    public Answer NoSection(CareerFile career, string topic, string? region, double score) =>
        Decline(AnswerOutcome.NoSuchSection, Ref(career), topic, region,
            KnowledgeTopics.Answerable.Where(t => t != topic && career.Section(t) is { Markdown.Length: > 0 })
                .Take(MaxSuggestions).Select(t => new FollowUp(t, Ref(career))), score);

    private Answer Decline(AnswerOutcome outcome, CareerRef? career, string? topic, string? region, IEnumerable<FollowUp> followUps, double score = 0) =>
        new(outcome, career, topic, region, score, [], [], [], followUps.Distinct().Take(MaxSuggestions).ToArray())
        {
            Covered = covered,
            CareerCount = snapshot.Careers.Count,
        };

    /// <summary>Did-you-mean: careers whose names share words with the question, then the first ones listed.</summary>
    private IEnumerable<CareerFile> NearestCareers(string text)
    {
        return snapshot.Index.SearchNames(Words.Clean(text), MaxSuggestions)
            .Select(id => snapshot.Careers.GetValueOrDefault(id)).OfType<CareerFile>()
            .Concat(FirstCareers()).Distinct().Take(MaxSuggestions);
    }

    private IEnumerable<CareerFile> FirstCareers() => snapshot.Careers.Values.Where(c => !c.FromCatalogue).Take(MaxSuggestions);

    private static CareerRef Ref(CareerFile career) => CareerRef.Of(career, career.Title);

    private static CareerRef Ref(CareerFile career, string? language) => CareerRef.Of(career, career.TitleIn(language));

}
