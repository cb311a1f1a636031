namespace CareerBot.Knowledge.Occupations;

/// <summary>Why a wage has no amount: OEWS <c>#</c> (at or above the top-coded value) or <c>*</c> (no estimate).</summary>
public enum WageMarker
{
    None,
    TopCoded,
    NoEstimate,
    NotPublished,
}
