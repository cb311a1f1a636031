namespace CareerBot.Knowledge.Occupations;

/// <summary>One published wage: an amount, or the BLS marker that stands in for it (never turned into a number).</summary>
public readonly record struct WageValue(decimal? Amount, WageMarker Marker)
{
    public static readonly WageValue Missing = new(null, WageMarker.NotPublished);
}
