namespace CareerBot.Knowledge.Occupations;

/// <summary>WorkBC's wage for a NOC unit (ESDC Job Bank data), hourly or annual as published, in Canadian dollars.</summary>
public sealed record BcWage(decimal Low, decimal Median, decimal High, WagePeriod Period, int Year)
{
    public const string Source = "WorkBC, 2025 wage data (ESDC Job Bank)";
}
