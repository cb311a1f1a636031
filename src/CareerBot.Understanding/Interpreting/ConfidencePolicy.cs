namespace CareerBot.Understanding.Interpreting;

/// <summary>
/// When a reading is sure enough to act on. Below <see cref="Threshold"/>, with a runner-up closer than
/// <see cref="Margin"/>, CareerBot asks "did you mean…" rather than guess. Chosen by cross-validation on the training
/// corpus (`careerbot eval --folds 5`), never on the held-out set.
/// </summary>
public static class ConfidencePolicy
{
    public const double Threshold = 0.35;
    public const double Margin = 0.15;
    public const int Alternatives = 3;

    public static bool IsUnsure(IReadOnlyList<Interpretation.Reading> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        if (readings.Count == 0)
        {
            return false;
        }

        var runnerUp = readings.Count > 1 ? readings[1].Confidence : 0;
        return readings[0].Confidence < Threshold && readings[0].Confidence - runnerUp < Margin;
    }
}
