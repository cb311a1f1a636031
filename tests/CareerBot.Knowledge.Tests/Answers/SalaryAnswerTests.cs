using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Answers;

[Collection(ShippedKnowledgeCollection.Name)]
public sealed class SalaryAnswerTests(ShippedKnowledge shipped)
{
    [Fact]
    public void A_salary_answer_gives_region_statistic_year_and_source_for_each_figure()
    {
        var answer = Ask("how much do IT service managers make in Alberta?");

        Assert.True(answer.Answered);
        Assert.Equal("alberta", answer.Region);
        Assert.Contains("Alberta: average $111,709 CAD a year", answer.Text, StringComparison.Ordinal);
        Assert.Contains("(Alberta Wage and Salary Survey", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2018)", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Sources, s => s.Title.Contains("Alberta Wage and Salary Survey", StringComparison.Ordinal) && s.Year == "2018");
    }

    [Fact]
    public void A_region_without_a_figure_is_said_plainly_with_the_figures_that_exist()
    {
        var answer = Ask("how much does a cyber security specialist make in Alberta?");

        Assert.True(answer.Answered);
        Assert.StartsWith("I don't have a salary figure for Cyber Security Specialist in Alberta.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("The United States: median", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Sources);
    }

    [Fact]
    public void A_salary_question_without_a_region_lists_every_region_with_a_figure()
    {
        var answer = Ask("IT service manager salary");

        Assert.Contains("Alberta:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("British Columbia:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("The United States:", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_salary_line_of_every_career_names_a_source_and_a_year()
    {
        foreach (var career in shipped.Knowledge.Careers)
        {
            var answer = Ask($"how much does a {career.Title} earn?");

            var figures = answer.Text.Split('\n').Where(l => l.Contains('$', StringComparison.Ordinal)).ToArray();
            Assert.NotEmpty(figures);
            Assert.All(figures, f => Assert.Matches(@"\((.+), (\d{4}|year not stated)\)$", f));
        }
    }

    [Fact]
    public void A_section_answer_is_short_and_ends_with_sources()
    {
        var answer = Ask("what does an IT service manager do?");

        Assert.InRange(answer.Text.Length, 40, 800);
        Assert.NotEmpty(answer.Sources);
        Assert.All(answer.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Title)));
    }

    private Answer Ask(string text) => Understood.Ask(shipped.Knowledge, text);
}
