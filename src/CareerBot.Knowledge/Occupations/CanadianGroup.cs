namespace CareerBot.Knowledge.Occupations;

/// <summary>One NOC 2021 unit group with its CNP title, TEER and the B.C. and COPS figures published for it.
/// <see cref="BcIndustries"/>: the industries that employ B.C.'s workers in the group, largest share first (industry
/// id = percent of the group's labour force, B.C. Labour Market Outlook 2025–2035).</summary>
public sealed record CanadianGroup(
    string Noc,
    string TitleEn,
    string TitleFr,
    int? Teer,
    int BroadCategory,
    BcWage? BcWage,
    BcOutlook? BcOutlook,
    CopsOutlook? Cops,
    IReadOnlyList<ElementScore> BcIndustries);
