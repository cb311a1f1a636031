namespace CareerBot.Knowledge.Occupations;

/// <summary>One NOC 2021 unit group with its CNP title, TEER and the B.C. and COPS figures published for it.</summary>
public sealed record CanadianGroup(
    string Noc,
    string TitleEn,
    string TitleFr,
    int? Teer,
    int BroadCategory,
    BcWage? BcWage,
    BcOutlook? BcOutlook,
    CopsOutlook? Cops);
