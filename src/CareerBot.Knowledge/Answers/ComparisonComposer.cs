using System.Text.RegularExpressions;
using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Index;

namespace CareerBot.Knowledge.Answers;

/// <summary>Lines up careers for a comparison from one snapshot: the first sentence of each compared section and the
/// newest median (or average) yearly pay per region.</summary>
internal static partial class ComparisonComposer
{

    /// <param name="language">The student's language: each career's translated sections, title and group names where it has them.</param>
    public static Comparison Compose(KnowledgeSnapshot snapshot, IReadOnlyList<string> careerIds, string? region, string? topic, string? language = null)
    {
        var careers = careerIds.Distinct(StringComparer.Ordinal).Take(Comparison.MaxCareers)
            .Select(id => snapshot.Careers.GetValueOrDefault(id)).OfType<CareerFile>()
            .Select(career => Line(career, region, career.TranslationIn(language)))
            .ToArray();
        return new Comparison(careers, region, topic);
    }

    private static ComparedCareer Line(CareerFile career, string? region, CareerTranslation? translation)
    {
        CareerSection? Section(string topic) =>
            translation?.Section(topic) is { Markdown.Length: > 0 } translated ? translated : career.Section(topic);
        var summary = FirstSentence(Section(KnowledgeTopics.Overview));
        var education = FirstSentence(Section(KnowledgeTopics.Education));
        var experience = FirstSentence(Section(KnowledgeTopics.Experience));
        var outlook = FirstSentence(Section(KnowledgeTopics.Outlook));
        var medians = career.Salary.Where(r => r.Statistic is "median" or "average").ToList();
        var rows = medians.Where(r => r.Period == "year").ToList();
        var asked = region is null ? [] : medians.Where(r => r.Region == region).ToList();
        if (asked.Count > 0)
        {
            // The place asked about, by the year where it is published so; B.C. publishes many trades' pay by the hour
            // only, and a comparison "in BC" then compares those hourly figures rather than leave B.C. for the US.
            rows = asked.Any(r => r.Period == "year") ? [.. asked.Where(r => r.Period == "year")] : [.. asked.Where(r => r.Period == "hour")];
        }

        var order = KnowledgeRegions.All.ToList();
        var newest = rows.GroupBy(r => r.Region)
            .Select(g => g.OrderByDescending(r => r.Year, StringComparer.Ordinal).First())
            .OrderBy(r => order.IndexOf(r.Region))
            .ToList();
        var salary = newest.Select(r => SalaryAnswer.Figure(career, r, translation)).ToArray();
        var text = string.Join('\n', new[] { summary, education, experience, outlook }.OfType<string>());
        var sources = SourceFinder.ForText(career, text).Concat(salary.Select(f => f.Source)).Distinct().ToArray();
        return new ComparedCareer(CareerRef.Of(career, translation?.Title ?? career.Title), summary, education, experience, outlook, salary, sources);
    }

    /// <summary>The first sentence of the section's first paragraph, Markdown emphasis kept; null when the section is empty.</summary>
    private static string? FirstSentence(CareerSection? section)
    {
        if (section is not { Markdown.Length: > 0 })
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
