using System.Text.RegularExpressions;
using CareerBot.Knowledge.Files;
using CareerBot.Rendering;
using CareerBot.Rendering.Languages;

namespace CareerBot.Tests.Rendering;

/// <summary>The plain-text renderer (terminal, channels without cards, every card's fallback): nothing is ever cut.</summary>
public sealed partial class TextRendererTests(ShippedAnswers shipped) : IClassFixture<ShippedAnswers>
{
    [Fact]
    public void All_eight_steps_to_become_an_it_service_manager_are_shown_numbered()
    {
        var text = AnswerTextRenderer.Render(shipped.Ask("it-service-manager", KnowledgeTopics.Steps), EnglishAnswers.Instance);

        Assert.StartsWith("IT Service Manager — Steps", text, StringComparison.Ordinal);
        for (var step = 1; step <= 8; step++)
        {
            Assert.Matches(new Regex($"(?m)^{step}\\. \\S"), text);
        }

        Assert.Contains("8. Keep growing your career", text, StringComparison.Ordinal);
        Assert.StartsWith("Sources:", text.Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_section_of_every_career_file_is_shown_whole()
    {
        var failures = new List<string>();
        foreach (var career in shipped.Knowledge.Careers.Where(c => c.IsGuide))
        {
            foreach (var topic in KnowledgeTopics.Answerable.Where(t => t != KnowledgeTopics.Salary))
            {
                var answer = shipped.Ask(career.Id, topic);
                if (!answer.Answered)
                {
                    continue;
                }

                var text = AnswerTextRenderer.Render(answer, EnglishAnswers.Instance);
                var section = File.ReadAllText(Path.Combine(Advisor.Infrastructure.RepositoryFolders.Knowledge, "careers", career.Id + ".md"));
                foreach (var line in SectionLines(section, KnowledgeTopics.Label(topic)))
                {
                    if (!text.Contains(line, StringComparison.Ordinal))
                    {
                        failures.Add($"{career.Id} {topic}: missing \"{line}\"");
                    }
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void A_salary_answer_gives_one_line_per_region_and_source_newer_first_with_group_and_source_said_once()
    {
        var text = AnswerTextRenderer.Render(shipped.Ask("it-service-manager", KnowledgeTopics.Salary), EnglishAnswers.Instance);

        var bc = text.Split('\n').Where(l => l.StartsWith("- British Columbia:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, bc.Count);
        Assert.Contains("low $75,207 CAD a year, median $124,343 CAD a year, high $201,532 CAD a year", bc[0], StringComparison.Ordinal);
        Assert.Single(Regex.Matches(bc[0], "EducationPlannerBC"));
        Assert.EndsWith("(2024))", bc[0], StringComparison.Ordinal);
        Assert.Contains("median $90,002 CAD a year", bc[1], StringComparison.Ordinal);
        Assert.EndsWith("(2019))", bc[1], StringComparison.Ordinal);
        Assert.Contains("- Alberta: average $111,709 CAD a year", text, StringComparison.Ordinal);
        Assert.Contains("- The United States: median $164,070 USD a year, median $78.88 USD an hour", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_on_demand_list_every_source_with_publisher_year_and_link()
    {
        var answer = shipped.Ask("it-service-manager", KnowledgeTopics.Sources);

        var text = AnswerTextRenderer.Render(answer, EnglishAnswers.Instance);

        Assert.True(answer.Answered);
        Assert.Contains("- [Occupational Outlook Handbook: Computer and Information Systems Managers](https://www.bls.gov/ooh/management/computer-and-information-systems-managers.htm) — U.S. Bureau of Labor Statistics, 2022", text, StringComparison.Ordinal);
        Assert.Equal(8, answer.Sources.Count);
        Assert.Equal(answer.Sources.Count, text.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public void French_sentences_and_french_numbers_for_a_french_student()
    {
        var text = AnswerTextRenderer.Render(shipped.Ask("it-service-manager", KnowledgeTopics.Salary, "alberta"), FrenchAnswers.Instance);

        Assert.StartsWith("Salaires pour IT Service Manager pour l'Alberta :", text, StringComparison.Ordinal); // asked without a language: the English file's title
        Assert.Contains("- L'Alberta : moyenne 111\u00A0709\u00A0$ CAD par année", text, StringComparison.Ordinal);
        Assert.Contains("Sources : ", text, StringComparison.Ordinal);
        Assert.Contains("Les chiffres valent pour le groupe professionnel officiel", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_topic_of_every_career_is_answered_in_french_from_its_french_file()
    {
        var failures = new List<string>();
        foreach (var career in shipped.Knowledge.Careers)
        {
            foreach (var topic in KnowledgeTopics.Answerable)
            {
                var answer = shipped.Knowledge.Ask(new Knowledge.Answers.AnswerRequest(career.Id, topic, Language: "fr"));
                var text = AnswerTextRenderer.Render(answer, FrenchAnswers.Instance);
                if (!answer.Answered || (career.IsGuide && answer.About!.Title == career.Title) || !text.Contains(FrenchAnswers.Instance.TopicLabel(topic), StringComparison.Ordinal)
                    && topic != KnowledgeTopics.Salary)
                {
                    failures.Add($"{career.Id} {topic}: {text[..Math.Min(80, text.Length)]}");
                }
            }
        }

        Assert.Empty(failures);
    }

    /// <summary>The non-empty lines of one section of a career file, without list markers or emphasis.</summary>
    private static IEnumerable<string> SectionLines(string file, string heading)
    {
        var body = file[(file.IndexOf("\n## " + heading + "\n", StringComparison.Ordinal) + heading.Length + 5)..];
        var end = body.IndexOf("\n## ", StringComparison.Ordinal);
        foreach (var raw in (end < 0 ? body : body[..end]).Split('\n'))
        {
            var line = ListMarker().Replace(raw.Trim(), string.Empty).Trim();
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    [GeneratedRegex(@"^(\d+[.)]|[-*+])\s+")]
    private static partial Regex ListMarker();
}
