namespace CareerBot.Counselling.Insights;

/// <summary>
/// One day's aggregate counts, with no student id: conversations, questions by topic and by career, fit checks started
/// and finished by career (with their bands), answers rated helpful or not. Kept as one document per day.
/// </summary>
public sealed class DailyCounts
{
    public int Conversations { get; set; }

    public int Questions { get; set; }

    public int Unanswered { get; set; }

    public Dictionary<string, int> QuestionsByTopic { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> QuestionsByCareer { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> FitChecksStarted { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Finished fit checks by career, then by band ("strong", "moderate", "weak").</summary>
    public Dictionary<string, Dictionary<string, int>> FitChecksFinished { get; set; } = new(StringComparer.Ordinal);

    public int Helpful { get; set; }

    public int NotHelpful { get; set; }

    public int HandoffsRequested { get; set; }

    /// <summary>What became of the requests for a person, by <see cref="Insights.HandoffOutcomes"/>.</summary>
    public Dictionary<string, int> HandoffOutcomes { get; set; } = new(StringComparer.Ordinal);

    public bool IsEmpty =>
        Conversations == 0 && Questions == 0 && Unanswered == 0 && Helpful == 0 && NotHelpful == 0 && HandoffsRequested == 0
        && FitChecksStarted.Count == 0 && FitChecksFinished.Count == 0 && HandoffOutcomes.Count == 0;

    /// <summary>Adds another day's (or another host's pending) counts to these.</summary>
    public void Add(DailyCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Conversations += other.Conversations;
        Questions += other.Questions;
        Unanswered += other.Unanswered;
        Helpful += other.Helpful;
        NotHelpful += other.NotHelpful;
        HandoffsRequested += other.HandoffsRequested;
        AddAll(QuestionsByTopic, other.QuestionsByTopic);
        AddAll(QuestionsByCareer, other.QuestionsByCareer);
        AddAll(FitChecksStarted, other.FitChecksStarted);
        AddAll(HandoffOutcomes, other.HandoffOutcomes);
        foreach (var (career, bands) in other.FitChecksFinished)
        {
            if (!FitChecksFinished.TryGetValue(career, out var mine))
            {
                FitChecksFinished[career] = mine = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            AddAll(mine, bands);
        }
    }

    public static void Count(Dictionary<string, int> counts, string key, int by = 1)
    {
        ArgumentNullException.ThrowIfNull(counts);
        counts[key] = counts.GetValueOrDefault(key) + by;
    }

    private static void AddAll(Dictionary<string, int> into, Dictionary<string, int> from)
    {
        foreach (var (key, value) in from)
        {
            Count(into, key, value);
        }
    }
}
