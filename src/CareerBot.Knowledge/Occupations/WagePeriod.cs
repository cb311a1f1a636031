namespace CareerBot.Knowledge.Occupations;

public enum WagePeriod
{
    Hourly,
    Annual,
}
