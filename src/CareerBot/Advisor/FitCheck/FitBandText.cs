namespace CareerBot.Advisor.FitCheck;

public static class FitBandText
{
    /// <summary>The phrase a result message uses; exactly one of these appears in it.</summary>
    public static string Phrase(this FitBand band) => band switch
    {
        FitBand.Strong => "strong fit",
        FitBand.Moderate => "moderate fit",
        _ => "weak fit",
    };
}
