namespace CareerBot.Knowledge.Occupations;

/// <summary>O*NET occupational interest (OI scale, 1–7) for the six RIASEC types.</summary>
public readonly record struct RiasecScores(
    double Realistic, double Investigative, double Artistic, double Social, double Enterprising, double Conventional);
