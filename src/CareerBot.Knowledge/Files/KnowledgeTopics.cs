namespace CareerBot.Knowledge.Files;

/// <summary>The section headings of a career file, in the required order, and their topic ids.</summary>
public static class KnowledgeTopics
{
    public const string Overview = "overview";
    public const string Steps = "steps";
    public const string Education = "education";
    public const string Experience = "experience";
    public const string Duties = "duties";
    public const string Traits = "traits";
    public const string Employers = "employers";
    public const string Salary = "salary";
    public const string Outlook = "outlook";
    public const string Advancement = "advancement";
    public const string Similar = "similar";
    public const string Scholarships = "scholarships";
    public const string Sources = "sources";

    /// <summary>Heading text → topic id, in the order the sections must appear.</summary>
    public static IReadOnlyList<(string Heading, string Topic)> Sections { get; } =
    [
        ("Overview", Overview), ("Steps", Steps), ("Education", Education), ("Experience", Experience),
        ("Duties", Duties), ("Traits", Traits), ("Employers", Employers), ("Salary", Salary),
        ("Outlook", Outlook), ("Advancement", Advancement), ("Similar careers", Similar),
        ("Scholarships", Scholarships), ("Sources", Sources),
    ];

    /// <summary>The same sections in a French career file (knowledge/careers/fr/), in the same order.</summary>
    public static IReadOnlyList<(string Heading, string Topic)> FrenchSections { get; } =
    [
        ("Aperçu", Overview), ("Étapes", Steps), ("Formation", Education), ("Expérience", Experience),
        ("Tâches", Duties), ("Qualités", Traits), ("Employeurs", Employers), ("Salaire", Salary),
        ("Perspectives", Outlook), ("Avancement", Advancement), ("Carrières semblables", Similar),
        ("Bourses", Scholarships), ("Sources", Sources),
    ];

    /// <summary>The twelve topics a question can be about (every section but Sources).</summary>
    public static IReadOnlyList<string> Answerable { get; } =
        Sections.Select(s => s.Topic).Where(t => t != Sources).ToArray();

    public static string Label(string topic) => topic switch
    {
        Similar => "Similar careers",
        _ => Sections.FirstOrDefault(s => s.Topic == topic).Heading ?? topic,
    };
}
