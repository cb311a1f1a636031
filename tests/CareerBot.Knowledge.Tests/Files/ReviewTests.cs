using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Files;

/// <summary>What <c>careerbot check</c> reports beyond the loading rules: gaps a student would meet, on their lines.</summary>
[Collection(ShippedKnowledgeCollection.Name)]
public sealed class ReviewTests(ShippedKnowledge shipped) : IDisposable
{
    private readonly TempKnowledgeFolder folder = new();

    [Fact]
    public void A_missing_section_a_tiny_fit_check_a_figure_no_row_has_an_uncited_and_an_unofficial_source_are_each_reported_on_their_line()
    {
        var text = CareerText.Valid("alpha-tester", "Alpha Tester")
            .Replace("## Scholarships\n", "", StringComparison.Ordinal)
            .Replace("https://example.org/survey", "https://www.bls.gov/survey", StringComparison.Ordinal)
            .Replace("sources:\n", "sources:\n  - id: forgotten-report\n    title: Forgotten Report\n    url: https://www.careers-copy.example.com/page\n    year: 2020\n", StringComparison.Ordinal)
            .Replace("## Salary\n", "## Salary\n\nAbout $61,000 a year in Alberta.\n", StringComparison.Ordinal);
        var path = folder.Write("alpha-tester", text);
        var load = KnowledgeFolderLoader.Load(folder.Root);
        Assert.Empty(load.Problems);

        var problems = CareerFileReview.Review(load.Careers).Select(p => p.ToString()).ToList();

        var lines = File.ReadAllText(path);
        Assert.Contains($"{path}:{CareerText.LineOf(lines, "## Sources")}: missing section '## Scholarships'", problems);
        Assert.Contains($"{path}:{CareerText.LineOf(lines, "fit:")}: the fit check has 1 trait(s); it needs 4 to 8 to say anything about a student", problems);
        Assert.Contains($"{path}:{CareerText.LineOf(lines, "$61,000")}: the text gives $61,000, which no salary row has; add the row (with its source and year) or correct the text", problems);
        Assert.Contains($"{path}:{CareerText.LineOf(lines, "id: forgotten-report")}: source 'forgotten-report' is cited nowhere (no salary row uses it and no section names it); cite it or remove it", problems);
        Assert.Contains($"{path}:{CareerText.LineOf(lines, "url: https://www.careers-copy")}: source 'forgotten-report' links to www.careers-copy.example.com, not an official publisher's site; cite the official page it copies, or leave the figure out", problems);
        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public void The_shipped_career_files_pass_the_review()
    {
        var load = KnowledgeFolderLoader.Load(shipped.Knowledge.Folder);

        Assert.Empty(CareerFileReview.Review(load.Careers));
    }

    public void Dispose() => folder.Dispose();
}
