using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Index;
using CareerBot.Knowledge.Matching;

namespace CareerBot.Knowledge.Answers;

/// <summary>The honest replies for questions CareerBot cannot answer, each with up to three useful suggestions.</summary>
internal sealed class NoAnswers(KnowledgeSnapshot snapshot)
{
    private const int MaxSuggestions = 3;

    // The same for every decline of this snapshot, so it is written once.
    private readonly string covered = $"I can answer questions about these careers: {Phrasing.CareerList(snapshot.Careers.Values)}.";

    public Answer NotLoaded() =>
        new(null, null, null, false, 0, "Sorry, I don't have any career information loaded right now.", [], []);

    public Answer Uncovered(string occupation, string? topic, string? region) =>
        Decline(null, topic, region,
            $"Sorry, I don't have information about {occupation}, so I can't answer that. {covered}",
            FirstCareers().Select(c => Phrasing.QuestionFor(topic ?? KnowledgeTopics.Overview, c.Title)));

    public Answer WhichCareer(string topic, string? region, string text) =>
        Decline(null, topic, region,
            $"I don't have that without knowing the career. Which one do you mean? {covered}",
            NearestCareers(text).Select(c => Phrasing.QuestionFor(topic, c.Title)));

    public Answer Unknown(string? region, string text) =>
        Decline(null, null, region, $"Sorry, I don't have that. {covered}",
            NearestCareers(text).Select(c => Phrasing.QuestionFor(KnowledgeTopics.Overview, c.Title)));

    public Answer NoSection(CareerFile career, string topic, string? region, double score) =>
        Decline(career.Id, topic, region,
            $"I don't have information on {KnowledgeTopics.Label(topic).ToLowerInvariant()} for {career.Title} yet.",
            KnowledgeTopics.Answerable.Where(t => t != topic && career.Section(t) is { Markdown.Length: > 0 })
                .Take(MaxSuggestions).Select(t => Phrasing.QuestionFor(t, career.Title)), score);

    private static Answer Decline(string? career, string? topic, string? region, string text, IEnumerable<string> suggestions, double score = 0) =>
        new(career, topic, region, false, score, text, [], suggestions.Distinct().Take(MaxSuggestions).ToArray());

    /// <summary>Did-you-mean: careers whose names share words with the question, then the first ones listed.</summary>
    private IEnumerable<CareerFile> NearestCareers(string text)
    {
        return snapshot.Index.SearchNames(Words.Clean(text), MaxSuggestions)
            .Select(id => snapshot.Careers.GetValueOrDefault(id)).OfType<CareerFile>()
            .Concat(FirstCareers()).Distinct().Take(MaxSuggestions);
    }

    private IEnumerable<CareerFile> FirstCareers() => snapshot.Careers.Values.Take(MaxSuggestions);
}
