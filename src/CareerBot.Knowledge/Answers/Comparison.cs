namespace CareerBot.Knowledge.Answers;

/// <summary>Two or three careers side by side, as data; <see cref="Region"/> narrows the pay shown when the student named one.</summary>
public sealed record Comparison(IReadOnlyList<ComparedCareer> Careers, string? Region, string? Topic)
{
    /// <summary>Side by side, more than three careers no longer read on a phone.</summary>
    public const int MaxCareers = 3;
}
