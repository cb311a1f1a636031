namespace CareerBot.Advisor.FitCheck;

/// <summary>Turns 1–5 answers into a weighted percentage and a band.</summary>
public static class FitScorer
{
    public const int StrongFrom = 70;
    public const int ModerateFrom = 45;

    /// <summary>Weighted mean of (score − 1) / 4 over answered traits; skipped traits do not count either way.</summary>
    public static int Percent(IReadOnlyCollection<TraitAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var answered = answers.Where(a => a.Score is not null).ToList();
        var totalWeight = answered.Sum(a => Math.Max(1, a.Weight));
        if (totalWeight == 0)
        {
            return 0;
        }

        var points = answered.Sum(a => Math.Max(1, a.Weight) * (Math.Clamp(a.Score!.Value, 1, 5) - 1) / 4.0);
        return (int)Math.Round(100 * points / totalWeight, MidpointRounding.AwayFromZero);
    }

    public static FitBand Band(int percent) => percent switch
    {
        >= StrongFrom => FitBand.Strong,
        >= ModerateFrom => FitBand.Moderate,
        _ => FitBand.Weak,
    };

    public static FitResult Score(string careerId, string careerTitle, IReadOnlyList<TraitAnswer> answers, DateTimeOffset completedAt)
    {
        var percent = Percent(answers);
        return new FitResult(careerId, careerTitle, percent, Band(percent), answers, completedAt);
    }
}
