using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Occupations;

namespace CareerBot.Knowledge.Pages;

/// <summary>
/// An occupation's salary rows: the US 10th percentile, median and 90th percentile (yearly and hourly, national, May
/// 2024) and B.C.'s low, median and high for the primary NOC group (2025). A top-coded BLS value becomes its floor
/// marked "or more"; a value BLS did not estimate is left out, never guessed.
/// </summary>
internal static class OccupationSalaries
{
    private const decimal TopAnnual = 239_200m;
    private const decimal TopHourly = 115.00m;

    public static IReadOnlyList<SalaryRow> For(OccupationFacts facts)
    {
        var rows = new List<SalaryRow>();
        if (facts.Group is { BcWage: { } bc } group)
        {
            var period = bc.Period == WagePeriod.Hourly ? "hour" : "year";
            var name = BcGroup(group);
            var year = bc.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            rows.Add(new(KnowledgeRegions.BritishColumbia, "low", bc.Low, "CAD", period, year, name, OccupationSources.BcWages));
            rows.Add(new(KnowledgeRegions.BritishColumbia, "median", bc.Median, "CAD", period, year, name, OccupationSources.BcWages));
            rows.Add(new(KnowledgeRegions.BritishColumbia, "high", bc.High, "CAD", period, year, name, OccupationSources.BcWages));
        }

        if (facts.UsWage is { } us)
        {
            var name = UsGroup(us);
            foreach (var (percentiles, period, top) in new[] { (us.Annual, "year", TopAnnual), (us.Hourly, "hour", TopHourly) })
            {
                Add(rows, "low", percentiles.P10, period, top, name);
                Add(rows, "median", percentiles.Median, period, top, name);
                Add(rows, "high", percentiles.P90, period, top, name);
            }
        }

        return rows;
    }

    public static string UsGroup(UsWage wage) => $"{wage.Title} (SOC {wage.Soc})";

    public static string BcGroup(CanadianGroup group) => $"{group.TitleEn} (NOC {group.Noc})";

    private static void Add(List<SalaryRow> rows, string statistic, WageValue value, string period, decimal top, string group)
    {
        if (value.Amount is { } amount)
        {
            rows.Add(new(KnowledgeRegions.UnitedStates, statistic, amount, "USD", period, "2024", group, OccupationSources.Oews));
        }
        else if (value.Marker == WageMarker.TopCoded)
        {
            rows.Add(new(KnowledgeRegions.UnitedStates, statistic, top, "USD", period, "2024", group, OccupationSources.Oews) { AtLeast = true });
        }
    }
}
