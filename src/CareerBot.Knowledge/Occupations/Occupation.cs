namespace CareerBot.Knowledge.Occupations;

/// <summary>One O*NET-SOC occupation with its links to SOC 2018 and NOC 2021 and its O*NET facts.</summary>
public sealed record Occupation(
    string Id,
    string OnetSoc,
    string Soc,
    string TitleEn,
    string TitleFr,
    FrenchTitleSource TitleFrSource,
    string? PrimaryNoc,
    IReadOnlyList<string> OtherNocs,
    int? JobZone,
    RiasecScores Interests)
{
    /// <summary>O*NET ratings and lists; <see cref="OccupationProfile.Empty"/> when the profile row is missing.</summary>
    public OccupationProfile Profile { get; init; } = OccupationProfile.Empty;
}
