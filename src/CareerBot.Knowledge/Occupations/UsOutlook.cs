namespace CareerBot.Knowledge.Occupations;

/// <summary>BLS Employment Projections 2024–34 for one SOC occupation. Employment and openings are in thousands, as
/// published; the category codes are ours, the labels BLS's.</summary>
public sealed record UsOutlook(
    string Soc,
    string Title,
    decimal? Employment2024Thousands,
    decimal? Employment2034Thousands,
    decimal? ChangePercent,
    decimal? OpeningsPerYearThousands,
    string EducationCode,
    string Education,
    string ExperienceCode,
    string Experience,
    string TrainingCode,
    string Training)
{
    public const string Source = "U.S. Bureau of Labor Statistics, Employment Projections 2024–34";
}
