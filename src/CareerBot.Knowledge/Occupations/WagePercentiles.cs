namespace CareerBot.Knowledge.Occupations;

/// <summary>The OEWS 10th, 25th, 50th, 75th and 90th percentile wages of one period (hourly or annual).</summary>
public sealed record WagePercentiles(WageValue P10, WageValue P25, WageValue Median, WageValue P75, WageValue P90);
