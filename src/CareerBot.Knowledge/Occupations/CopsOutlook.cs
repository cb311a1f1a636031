namespace CareerBot.Knowledge.Occupations;

/// <summary>ESDC COPS 2024–2033 for a NOC unit: recent and future labour-market conditions (our code plus the official
/// English and French labels; empty code when not assessed) and cumulative job openings and job seekers.</summary>
public sealed record CopsOutlook(
    string RecentCode,
    string RecentEn,
    string RecentFr,
    string FutureCode,
    string FutureEn,
    string FutureFr,
    long? Openings,
    long? Seekers)
{
    public const string Source = "ESDC, Canadian Occupational Projection System 2024–2033";
}
