namespace CareerBot.Knowledge.Occupations;

/// <summary>The catalogue's file names and header lines, shared by the importer that writes them and the reader, so the
/// two cannot drift apart.</summary>
public static class CatalogueFiles
{
    public const string Occupations = "occupations.tsv";
    public const string Profiles = "occupation-profiles.tsv";
    public const string UsWages = "us-wages.tsv";
    public const string UsOutlook = "us-outlook.tsv";
    public const string CanadianGroups = "canada-groups.tsv";
    public const string Titles = "titles.tsv";
    public const string Elements = "elements.tsv";

    public static readonly string[] OccupationsHeader =
        ["id", "onet_soc", "soc", "title_en", "title_fr", "title_fr_source", "noc", "noc_other", "job_zone",
         "riasec_r", "riasec_i", "riasec_a", "riasec_s", "riasec_e", "riasec_c"];

    public static readonly string[] ProfilesHeader =
        ["onet_soc", "education_rl", "skills", "knowledge", "work_styles", "activities", "technology",
         "related_primary_short", "related_primary_long", "related_supplemental"];

    public static readonly string[] UsWagesHeader =
        ["soc", "title", "employment", "hourly_mean", "annual_mean",
         "hourly_p10", "hourly_p25", "hourly_median", "hourly_p75", "hourly_p90",
         "annual_p10", "annual_p25", "annual_median", "annual_p75", "annual_p90"];

    public static readonly string[] UsOutlookHeader =
        ["soc", "title", "employment_2024", "employment_2034", "change_percent", "openings_per_year",
         "education_code", "education", "experience_code", "experience", "training_code", "training"];

    public static readonly string[] CanadianGroupsHeader =
        ["noc", "title_en", "title_fr", "teer", "broad_category",
         "bc_wage_low", "bc_wage_median", "bc_wage_high", "bc_wage_period", "bc_wage_year",
         "bc_openings_2025_2035", "bc_growth_percent",
         "cops_recent", "cops_recent_en", "cops_recent_fr", "cops_future", "cops_future_en", "cops_future_fr",
         "cops_openings_2024_2033", "cops_seekers_2024_2033", "bc_industries"];

    public static readonly string[] TitlesHeader = ["title", "lang", "onet_soc", "kind", "short", "ambiguous", "acronym"];

    public static readonly string[] ElementsHeader = ["element_id", "kind", "name"];

    /// <summary>Separates the items of a list cell (element scores, codes); never found in a code or a number.</summary>
    public const char ListSeparator = ' ';

    /// <summary>Separates a list cell's names (technology products contain spaces).</summary>
    public const char NameSeparator = '|';

    /// <summary>Joins an element id and its score in a list cell: <c>2.A.1.a=4.12</c>.</summary>
    public const char ScoreSeparator = '=';
}
