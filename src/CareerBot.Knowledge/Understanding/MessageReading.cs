namespace CareerBot.Knowledge.Understanding;

/// <summary>What one message names on its own: careers, topic scores, region, an uncovered job, and leftover words.</summary>
internal sealed record MessageReading(
    IReadOnlyList<CareerMatch> Careers,
    IReadOnlyDictionary<string, double> TopicScores,
    string? Region,
    string? OtherOccupation,
    IReadOnlyList<string> Leftover)
{
    public CareerMatch? Career => Careers.Count > 0 ? Careers[0] : null;

    public string? BestTopic => TopicScores.Count == 0 ? null
        : TopicScores.OrderByDescending(p => p.Value).ThenBy(p => TopicOrder(p.Key)).First().Key;

    public double TopicScore => BestTopic is { } t ? TopicScores[t] : 0;

    private static int TopicOrder(string topic) =>
        Files.KnowledgeTopics.Sections.Select(s => s.Topic).ToList().IndexOf(topic);
}
