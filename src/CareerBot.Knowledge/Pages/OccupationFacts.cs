using CareerBot.Knowledge.Occupations;

namespace CareerBot.Knowledge.Pages;

/// <summary>The official figures joined to one occupation: US wages and outlook by its SOC code, and the Canadian
/// unit group of its primary NOC code (B.C. wages and outlook, COPS). Null where the files publish nothing.</summary>
internal sealed record OccupationFacts(UsWage? UsWage, UsOutlook? UsOutlook, CanadianGroup? Group)
{
    /// <summary>Trades and transport (NOC broad category 7, SOC 47 and 49): apprenticeship grants apply.</summary>
    public bool IsTrade { get; init; }

    /// <summary>The related occupation whose skill and work-style ratings stand in, when O*NET rates none for this one.</summary>
    public Occupation? RatedAs { get; init; }

    public static OccupationFacts Of(OccupationCatalogue catalogue, Occupation occupation)
    {
        var group = occupation.PrimaryNoc is { } noc ? catalogue.CanadianGroup(noc) : null;
        return new OccupationFacts(catalogue.UsWage(occupation.Soc), catalogue.UsOutlook(occupation.Soc), group)
        {
            IsTrade = group?.BroadCategory == 7 || occupation.Soc.StartsWith("47-", StringComparison.Ordinal)
                || occupation.Soc.StartsWith("49-", StringComparison.Ordinal),
        };
    }
}
