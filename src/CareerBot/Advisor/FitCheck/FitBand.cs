namespace CareerBot.Advisor.FitCheck;

public enum FitBand
{
    Weak,
    Moderate,
    Strong,
}
