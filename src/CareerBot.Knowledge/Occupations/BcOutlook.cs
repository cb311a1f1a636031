namespace CareerBot.Knowledge.Occupations;

/// <summary>B.C. Labour Market Outlook 2025–2035 for the province: expected job openings over ten years and average
/// annual employment growth in percent.</summary>
public sealed record BcOutlook(int Openings2025To2035, decimal AverageAnnualGrowthPercent)
{
    public const string Source = "B.C. Labour Market Outlook 2025–2035";
}
