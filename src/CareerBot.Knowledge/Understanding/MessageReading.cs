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

    // Readings are cached and shared across turns, so the best topic is worked out once, not on every look.
    public string? BestTopic { get; } = Best(TopicScores);

    public double TopicScore => BestTopic is { } t ? TopicScores[t] : 0;

    /// <summary>The highest score; a tie goes to the topic listed first in the sections.</summary>
    private static string? Best(IReadOnlyDictionary<string, double> scores)
    {
        string? best = null;
        var bestScore = double.MinValue;
        var bestOrder = int.MaxValue;
        foreach (var (topic, score) in scores)
        {
            var order = TopicOrder(topic);
            if (score > bestScore || (score == bestScore && order < bestOrder))
            {
                (best, bestScore, bestOrder) = (topic, score, order);
            }
        }

        return best;
    }

    private static int TopicOrder(string topic)
    {
        var sections = Files.KnowledgeTopics.Sections;
        for (var i = 0; i < sections.Count; i++)
        {
            if (sections[i].Topic == topic)
            {
                return i;
            }
        }

        return -1;
    }
}
