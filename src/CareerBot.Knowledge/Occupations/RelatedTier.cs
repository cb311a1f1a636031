namespace CareerBot.Knowledge.Occupations;

/// <summary>O*NET's relatedness tiers, closest first.</summary>
public enum RelatedTier
{
    PrimaryShort,
    PrimaryLong,
    Supplemental,
}
