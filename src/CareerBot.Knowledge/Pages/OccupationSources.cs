using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Occupations;

namespace CareerBot.Knowledge.Pages;

/// <summary>
/// The sources of an occupation's page: each publication with its edition, year and a link to the official page. A
/// title begins with the short name the page's sentences cite in brackets ("O*NET 29.3", "BLS OEWS May 2024"), which
/// is how an answer picks the sources of the facts it shows.
/// </summary>
internal static class OccupationSources
{
    public const string Onet = "onet";
    public const string Oews = "oews";
    public const string Projections = "bls-projections";
    public const string Noc = "noc";
    public const string BcWages = "workbc-wages";
    public const string BcOutlook = "bc-lmo";
    public const string Cops = "cops";

    private const string Bls = "U.S. Bureau of Labor Statistics";
    private const string Esdc = "Employment and Social Development Canada";
    private const string Bc = "Province of British Columbia (WorkBC)";

    public static IReadOnlyList<CareerSource> For(Occupation occupation, OccupationFacts facts)
    {
        var sources = new List<CareerSource>
        {
            new(Onet, $"O*NET 29.3: {occupation.TitleEn} ({occupation.OnetSoc})", "USDOL/ETA, O*NET 29.3 Database, CC BY 4.0, modified by CareerBot",
                $"https://www.onetonline.org/link/summary/{occupation.OnetSoc}", "2025"),
        };
        if (facts.UsWage is { } wage)
        {
            sources.Add(new(Oews, $"BLS OEWS May 2024: {wage.Title} (SOC {wage.Soc})", Bls,
                $"https://www.bls.gov/oes/2024/may/oes{wage.Soc.Replace("-", string.Empty, StringComparison.Ordinal)}.htm", "2024"));
        }

        if (facts.UsOutlook is { } outlook)
        {
            sources.Add(new(Projections, $"BLS Employment Projections 2024–34: {outlook.Title} (SOC {outlook.Soc})", Bls,
                "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm", "2025"));
        }

        if (facts.Group is { } group)
        {
            sources.Add(new(Noc, $"NOC 2021: {group.TitleEn} ({group.Noc})", "Statistics Canada, NOC 2021 Version 1.0",
                $"https://noc.esdc.gc.ca/Structure/NocProfile?objectid={group.Noc}&versionid=1", "2021"));
            if (group.BcWage is { } bc)
            {
                sources.Add(new(BcWages, $"WorkBC 2025 wages: NOC {group.Noc}", Bc + ", ESDC Job Bank data",
                    "https://www.workbc.ca/research-labour-market/bcs-economy/labour-market-outlook", bc.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            if (group.BcOutlook is not null)
            {
                sources.Add(new(BcOutlook, $"B.C. Labour Market Outlook 2025–2035: NOC {group.Noc}", Bc,
                    "https://www.workbc.ca/research-labour-market/bcs-economy/labour-market-outlook", "2025"));
            }

            if (group.Cops is not null)
            {
                sources.Add(new(Cops, $"COPS 2024–2033: NOC {group.Noc}", Esdc, "https://occupations.esdc.gc.ca/sppc-cops/", "2024"));
            }
        }

        sources.AddRange(StudentAid);
        return sources;
    }

    /// <summary>Official student-aid pointers every page's scholarships section names (no year: they are services).</summary>
    private static readonly CareerSource[] StudentAid =
    [
        new("canada-student-aid", "Canada Student Financial Assistance", Esdc,
            "https://www.canada.ca/en/services/benefits/education/student-aid.html", "unknown"),
        new("apprenticeship-grants", "Apprenticeship Incentive Grant and Apprenticeship Completion Grant", Esdc,
            "https://www.canada.ca/en/employment-social-development/services/apprentices/grants.html", "unknown"),
        new("federal-student-aid", "Federal Student Aid", "U.S. Department of Education", "https://studentaid.gov/", "unknown"),
        new("careeronestop-scholarships", "CareerOneStop scholarship finder", "U.S. Department of Labor",
            "https://www.careeronestop.org/toolkit/training/find-scholarships.aspx", "unknown"),
    ];
}
