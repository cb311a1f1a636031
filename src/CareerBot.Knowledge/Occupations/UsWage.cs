namespace CareerBot.Knowledge.Occupations;

/// <summary>BLS OEWS May 2024 national figures for one SOC 2018 detailed occupation (US dollars).</summary>
public sealed record UsWage(
    string Soc,
    string Title,
    long? Employment,
    WageValue HourlyMean,
    WageValue AnnualMean,
    WagePercentiles Hourly,
    WagePercentiles Annual)
{
    public const string Source = "U.S. Bureau of Labor Statistics, OEWS, May 2024";
}
