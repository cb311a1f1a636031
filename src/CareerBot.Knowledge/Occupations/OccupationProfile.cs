namespace CareerBot.Knowledge.Occupations;

/// <summary>O*NET ratings and lists of one occupation. <see cref="EducationPercent"/> is indexed by the RL category
/// (1–12; index 0 unused), empty when O*NET has no distribution.</summary>
public sealed record OccupationProfile(
    IReadOnlyList<double> EducationPercent,
    IReadOnlyList<ElementScore> Skills,
    IReadOnlyList<ElementScore> Knowledge,
    IReadOnlyList<ElementScore> WorkStyles,
    IReadOnlyList<ElementScore> Activities,
    IReadOnlyList<string> Technologies,
    IReadOnlyList<RelatedOccupation> Related)
{
    public static readonly OccupationProfile Empty = new([], [], [], [], [], [], []);
}
