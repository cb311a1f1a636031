using System.Text.RegularExpressions;
using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Index;

namespace CareerBot.Knowledge.Answers;

/// <summary>Lines up careers for a comparison from one snapshot: the first sentence of each compared section and the
/// newest median (or average) yearly pay per region.</summary>
internal static partial class ComparisonComposer
{
    public const int MaxCareers = 3;


    public static Comparison Compose(KnowledgeSnapshot snapshot, IReadOnlyList<string> careerIds, string? region, string? topic)
    {
        var careers = careerIds.Distinct(StringComparer.Ordinal).Take(MaxCareers)
            .Select(id => snapshot.Careers.GetValueOrDefault(id)).OfType<CareerFile>()
            .Select(career => Line(career, region))
            .ToArray();
        return new Comparison(careers, region, topic);
    }

    private static ComparedCareer Line(CareerFile career, string? region)
    {
        var summary = FirstSentence(career, KnowledgeTopics.Overview);
        var education = FirstSentence(career, KnowledgeTopics.Education);
        var experience = FirstSentence(career, KnowledgeTopics.Experience);
        var outlook = FirstSentence(career, KnowledgeTopics.Outlook);
        var rows = career.Salary.Where(r => r.Period == "year" && r.Statistic is "median" or "average").ToList();
        if (region is not null && rows.Any(r => r.Region == region))
        {
            rows = rows.Where(r => r.Region == region).ToList();
        }

        var order = KnowledgeRegions.All.ToList();
        var newest = rows.GroupBy(r => r.Region)
            .Select(g => g.OrderByDescending(r => r.Year, StringComparer.Ordinal).First())
            .OrderBy(r => order.IndexOf(r.Region))
            .ToList();
        var salary = newest.Select(r => new SalaryFigure(r.Region, r.Statistic, r.Amount, r.Currency, r.Period, r.Year, r.Group,
            career.Source(r.SourceId) is { } s ? SourceFinder.ToReference(s) : new SourceReference(r.SourceId, null, null))).ToArray();
        var text = string.Join('\n', new[] { summary, education, experience, outlook }.OfType<string>());
        var sources = SourceFinder.ForText(career, text).Concat(salary.Select(f => f.Source)).Distinct().ToArray();
        return new ComparedCareer(new CareerRef(career.Id, career.Title), summary, education, experience, outlook, salary, sources);
    }

    /// <summary>The first sentence of the section's first paragraph, Markdown emphasis kept; null when the section is empty.</summary>
    private static string? FirstSentence(CareerFile career, string topic)
    {
        if (career.Section(topic) is not { Markdown.Length: > 0 } section)
        {
            return null;
        }

        // A paragraph that only leads into a list ("The outlook, using the closest groups:") says nothing alone:
        // then the list's first item stands for the section.
        foreach (var block in SectionBlocks.Read(section, null))
        {
            var sentence = SectionBlocks.FirstSentence(block.Lines[0]);
            if (block.Kind != AnswerBlockKind.Note && !sentence.EndsWith(':'))
            {
                return sentence;
            }
        }

        return null;
    }
}
