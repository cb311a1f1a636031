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
        var figure = Assert.Single(answer.Salary);
        Assert.Equal(("alberta", "average", 111709m, "CAD", "year", "2018"), (figure.Region, figure.Statistic, figure.Amount, figure.Currency, figure.Period, figure.Year));
        Assert.Contains("Alberta Wage and Salary Survey", figure.Source.Title, StringComparison.Ordinal);
        Assert.Contains(answer.Sources, s => s.Title.Contains("Alberta Wage and Salary Survey", StringComparison.Ordinal) && s.Year == "2018");
    }

    [Fact]
    public void A_region_without_a_figure_is_said_plainly_with_the_figures_that_exist()
    {
        var answer = Ask("how much does a cyber security specialist make in Alberta?");

        Assert.True(answer.Answered);
        Assert.True(answer.RegionMissing);
        Assert.Equal("alberta", answer.Region);
        Assert.DoesNotContain(answer.Salary, f => f.Region == "alberta");
        Assert.Contains(answer.Salary, f => f.Region == "us" && f.Statistic == "median");
        Assert.NotEmpty(answer.Sources);
    }

    [Fact]
    public void A_salary_question_without_a_region_lists_every_region_with_a_figure()
    {
        var answer = Ask("IT service manager salary");

        Assert.Equal(["bc", "alberta", "us"], answer.Salary.Select(f => f.Region).Distinct());
    }

    [Fact]
    public void Every_salary_line_of_every_career_names_a_source_and_a_year()
    {
        foreach (var career in shipped.Knowledge.Careers.Where(c => c.IsGuide))
        {
            var answer = Ask($"how much does a {career.Title} earn?");

            Assert.NotEmpty(answer.Salary);
            Assert.All(answer.Salary, f => Assert.False(string.IsNullOrWhiteSpace(f.Source.Title)));
            Assert.All(answer.Salary, f => Assert.Matches(@"^(\d{4}|unknown)$", f.Year));
        }
    }

    [Fact]
    public void Every_catalogue_figure_is_for_the_us_or_bc_with_its_group_year_and_publisher()
    {
        var catalogue = shipped.Knowledge.Careers.Where(c => !c.IsGuide).ToArray();
        var withFigures = 0;
        foreach (var career in catalogue)
        {
            var answer = shipped.Knowledge.Ask(new AnswerRequest(career.Id, "salary"));

            Assert.True(answer.Answered, career.Id);
            withFigures += answer.Salary.Count > 0 ? 1 : 0;
            Assert.All(answer.Salary, f => Assert.Contains(f.Region, new[] { "us", "bc" }));
            Assert.All(answer.Salary, f => Assert.Matches(f.Region == "us" ? "^2024$" : "^2025$", f.Year));
            Assert.All(answer.Salary, f => Assert.Contains(f.Region == "us" ? "SOC " : "NOC ", f.Group, StringComparison.Ordinal));
            Assert.All(answer.Salary, f => Assert.StartsWith(f.Region == "us" ? "BLS OEWS May 2024" : "WorkBC 2025 wages", f.Source.Title, StringComparison.Ordinal));
        }

        Assert.True(withFigures > 850, $"{withFigures} of {catalogue.Length} catalogue careers have figures");
    }

    [Fact]
    public void A_top_coded_wage_is_said_as_that_amount_or_more()
    {
        var answer = shipped.Knowledge.Ask(new AnswerRequest("anesthesiologists", "salary", "us"));

        Assert.Contains(answer.Salary, f => f.AtLeast && f.Amount == 239_200m && f.Period == "year");
    }

    [Fact]
    public void A_section_answer_holds_the_whole_section_with_every_duty_and_its_sources()
    {
        var answer = Ask("what does an IT service manager do?");

        Assert.Equal(AnswerBlockKind.Paragraph, answer.Body[0].Kind);
        Assert.Equal(7, Assert.Single(answer.Body, b => b.Kind == AnswerBlockKind.Bullets).Lines.Count);
        Assert.NotEmpty(answer.Sources);
        Assert.All(answer.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Title)));
    }

    [Fact]
    public void The_seed_guides_figures_are_kept_labelled_as_the_guides_after_the_newer_official_ones()
    {
        var answer = Ask("IT service manager salary");

        var bc = answer.Salary.Where(f => f.Region == "bc").ToList();
        Assert.Equal(["2024", "2024", "2024", "2019"], bc.Select(f => f.Year));
        var guideBc = bc[^1];
        Assert.Equal((90002m, "median"), (guideBc.Amount, guideBc.Statistic));
        Assert.Contains("career guide", guideBc.Source.Title, StringComparison.Ordinal);
        var guideUs = Assert.Single(answer.Salary, f => f.Amount == 109020m);
        Assert.Equal(("us", "2019"), (guideUs.Region, guideUs.Year));
        Assert.Contains("network architects", guideUs.Group, StringComparison.Ordinal);
        Assert.Contains(answer.Salary, f => f.Amount == 111709m && f.Year == "2018");
        Assert.Contains("October 16, 2019", answer.Content(), StringComparison.Ordinal);
        Assert.Contains("level of experience", answer.Content(), StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_come_as_numbered_steps_every_one_of_them_in_order()
    {
        var answer = Ask("how do I become an IT service manager?");

        var steps = Assert.Single(answer.Body, b => b.Kind == AnswerBlockKind.Steps);
        Assert.Equal(8, steps.Lines.Count);
        Assert.StartsWith("In high school", steps.Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Keep growing your career", steps.Lines[^1], StringComparison.Ordinal);
    }

    private Answer Ask(string text) => Understood.Ask(shipped.Knowledge, text);
}
