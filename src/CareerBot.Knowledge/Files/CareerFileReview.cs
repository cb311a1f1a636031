using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.Knowledge.Answers;

namespace CareerBot.Knowledge.Files;

/// <summary>
/// What <c>careerbot check</c> reports beyond the rules a file must pass to load: a missing section, a fit check of
/// fewer than 4 or more than 8 traits, a salary figure in the text that no salary row has, a source nobody cites, and a
/// source on a site that is not an official publisher's.
/// The bot still serves such a file; the counsellor gets each as <c>file:line: problem</c>.
/// </summary>
public static partial class CareerFileReview
{
    /// <summary>The web sites of official publishers (statistics agencies, government career profiles) a source may link to.</summary>
    public static IReadOnlyList<string> OfficialSites { get; } =
        ["bls.gov", "gc.ca", "canada.ca", "alberta.ca", "workbc.ca", "gov.bc.ca", "educationplannerbc.ca", "onetonline.org", "novascotia.ca", "ontario.ca"];

    public const int MinTraits = 4;
    public const int MaxTraits = 8;

    // "$111,709", "US$78.88": an amount the text states in dollars.
    [GeneratedRegex(@"\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d{2})?(?!\d)")]
    private static partial Regex Dollars();

    public static IReadOnlyList<KnowledgeProblem> Review(IEnumerable<CareerFile> careers)
    {
        ArgumentNullException.ThrowIfNull(careers);
        var problems = new List<KnowledgeProblem>();
        // A review of hand-written guides: the catalogue's pages are written from facts by code, tested there.
        foreach (var career in careers.Where(c => !c.FromCatalogue))
        {
            var lines = File.Exists(career.Path) ? File.ReadAllLines(career.Path) : [];
            MissingSections(career, lines, problems);
            FitSize(career, lines, problems);
            SalaryText(career, lines, problems);
            UncitedSources(career, lines, problems);
            UnofficialSources(career, lines, problems);
        }

        return problems;
    }

    private static void MissingSections(CareerFile career, string[] lines, List<KnowledgeProblem> problems)
    {
        foreach (var (heading, topic) in KnowledgeTopics.Sections)
        {
            if (career.Section(topic) is null)
            {
                var next = career.Sections.FirstOrDefault(s => Order(s.Topic) > Order(topic));
                problems.Add(new(career.Path, next?.Line ?? lines.Length, $"missing section '## {heading}'"));
            }
        }
    }

    private static void FitSize(CareerFile career, string[] lines, List<KnowledgeProblem> problems)
    {
        if (career.Fit.Count is < MinTraits or > MaxTraits)
        {
            problems.Add(new(career.Path, LineOf(lines, "fit:", 1),
                $"the fit check has {career.Fit.Count} trait(s); it needs {MinTraits} to {MaxTraits} to say anything about a student"));
        }
    }

    private static void SalaryText(CareerFile career, string[] lines, List<KnowledgeProblem> problems)
    {
        if (career.Section(KnowledgeTopics.Salary) is not { } section || career.Salary.Count == 0)
        {
            return;
        }

        var amounts = career.Salary.Select(r => r.Amount).ToHashSet();
        for (var i = section.Line; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            foreach (Match match in Dollars().Matches(lines[i]))
            {
                var value = decimal.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal) + match.Groups[2].Value, CultureInfo.InvariantCulture);
                if (!amounts.Contains(value))
                {
                    problems.Add(new(career.Path, i + 1, $"the text gives {match.Value.Trim()}, which no salary row has; add the row (with its source and year) or correct the text"));
                }
            }
        }
    }

    private static void UncitedSources(CareerFile career, string[] lines, List<KnowledgeProblem> problems)
    {
        var text = string.Join('\n', career.Sections.Select(s => s.Markdown));
        var cited = SourceFinder.NamedIn(career, text).Select(s => s.Id)
            .Concat(career.Salary.Select(r => r.SourceId))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var source in career.Sources.Where(s => !cited.Contains(s.Id)))
        {
            problems.Add(new(career.Path, LineOf(lines, $"id: {source.Id}", 1),
                $"source '{source.Id}' is cited nowhere (no salary row uses it and no section names it); cite it or remove it"));
        }
    }

    /// <summary>Students are shown official publishers only: a copy of an official page is cited as the page it copies.</summary>
    private static void UnofficialSources(CareerFile career, string[] lines, List<KnowledgeProblem> problems)
    {
        foreach (var source in career.Sources.Where(s => s.Url is not null))
        {
            var host = Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) ? uri.Host : string.Empty;
            if (!OfficialSites.Any(site => host == site || host.EndsWith("." + site, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(new(career.Path, LineOf(lines, $"url: {source.Url}", LineOf(lines, $"id: {source.Id}", 1)),
                    $"source '{source.Id}' links to {(host.Length == 0 ? source.Url : host)}, not an official publisher's site; cite the official page it copies, or leave the figure out"));
            }
        }
    }

    private static int Order(string topic) => KnowledgeTopics.Sections.Select(s => s.Topic).ToList().IndexOf(topic);

    private static int LineOf(string[] lines, string fragment, int otherwise)
    {
        var index = Array.FindIndex(lines, l => l.Contains(fragment, StringComparison.Ordinal));
        return index < 0 ? otherwise : index + 1;
    }
}
