using System.Text.Json.Serialization;

namespace CareerBot.Advisor.FitCheck;

/// <summary>A finished fit check, as stored in user state and shown again by "show my results".</summary>
public sealed record FitResult(
    string CareerId,
    string CareerTitle,
    int Percent,
    FitBand Band,
    IReadOnlyList<TraitAnswer> Answers,
    DateTimeOffset CompletedAt)
{
    /// <summary>The traits the student rated 4 or 5, most important first (ties in the career file's order).</summary>
    [JsonIgnore]
    public IReadOnlyList<TraitAnswer> Strengths =>
        Answers.Where(a => a.Score >= 4).OrderByDescending(a => a.Weight * a.Score).ToList();

    /// <summary>The traits rated 3 or lower, the most important gaps first.</summary>
    [JsonIgnore]
    public IReadOnlyList<TraitAnswer> ToWorkOn =>
        Answers.Where(a => a.Score <= 3).OrderByDescending(a => a.Weight * (5 - a.Score)).ToList();
}
