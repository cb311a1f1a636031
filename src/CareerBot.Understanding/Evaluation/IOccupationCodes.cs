namespace CareerBot.Understanding.Evaluation;

/// <summary>What an evaluation needs to know of the career library: each career's SOC code, and whether it is an
/// occupation of the official catalogue (a job the seven-guide sets call uncovered).</summary>
public interface IOccupationCodes
{
    string? Soc(string careerId);

    bool IsCatalogue(string careerId);
}
