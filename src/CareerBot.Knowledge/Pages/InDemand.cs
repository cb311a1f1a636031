using CareerBot.Knowledge.Occupations;

namespace CareerBot.Knowledge.Pages;

/// <summary>
/// CareerBot's rule for calling a career in demand, on official projections only (documented in
/// knowledge/catalogue/README.md): US employment projected to grow at least 5% from 2024 to 2034 with at least 5,000
/// openings a year (BLS; all occupations together grow about 3%), or a shortage expected in Canada (COPS 2024–2033).
/// </summary>
internal static class InDemand
{
    public const decimal MinUsGrowthPercent = 5m;
    public const decimal MinUsOpeningsThousands = 5m;

    /// <summary>The keys of <c>guide.outlook.reason_*</c> that hold for these figures; empty when none does.</summary>
    public static IEnumerable<string> Reasons(OccupationFacts facts)
    {
        if (facts.UsOutlook is { ChangePercent: >= MinUsGrowthPercent, OpeningsPerYearThousands: >= MinUsOpeningsThousands })
        {
            yield return "reason_us";
        }

        if (facts.Group?.Cops is { FutureCode: var code } && code.Contains("shortage", StringComparison.OrdinalIgnoreCase))
        {
            yield return "reason_cops";
        }
    }
}
