using System.Text;
using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Files;

public sealed class ValidationTests : IDisposable
{
    private readonly TempKnowledgeFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_shipped_knowledge_folder_has_no_problems()
    {
        var load = KnowledgeFolderLoader.Load(RepositoryPaths.Knowledge);

        Assert.Empty(load.Problems.Select(p => p.ToString()));
        Assert.Equal(7, load.Careers.Count(c => !c.FromCatalogue));
        Assert.InRange(load.Careers.Count(c => c.FromCatalogue), 900, 1000);
    }

    [Fact]
    public void A_valid_file_has_no_problems()
    {
        folder.Write("tester", CareerText.Valid("tester"));

        var load = KnowledgeFolderLoader.Load(folder.Root);

        Assert.Empty(load.Problems);
        Assert.Equal("tester", Assert.Single(load.Careers).Id);
    }

    [Fact]
    public void Bad_yaml_is_reported_at_its_line()
    {
        var text = CareerText.Valid("tester").Replace("aliases: [tester person]", "aliases: [tester person");
        var path = folder.Write("tester", text);

        var problem = Assert.Single(Load());

        Assert.StartsWith($"{path}:", problem);
        Assert.Contains(": bad YAML:", problem);
        var line = int.Parse(problem[(path.Length + 1)..problem.IndexOf(": bad", StringComparison.Ordinal)]);
        Assert.InRange(line, CareerText.LineOf(text, "aliases:"), CareerText.LineOf(text, "salary:"));
    }

    [Fact]
    public void A_missing_id_is_reported()
    {
        var path = folder.Write("tester", CareerText.Valid("tester").Replace("id: tester\n", string.Empty));

        Assert.Contains($"{path}:2: missing id", Load());
    }

    [Fact]
    public void A_missing_title_is_reported()
    {
        var path = folder.Write("tester", CareerText.Valid("tester").Replace("title: Test Career\n", string.Empty));

        Assert.Contains($"{path}:2: missing title", Load());
    }

    [Fact]
    public void A_duplicate_id_is_reported_in_the_second_file()
    {
        folder.Write("alpha", CareerText.Valid("alpha"));
        var second = folder.Write("beta", CareerText.Valid("alpha"));

        Assert.Contains(Load(), p => p.StartsWith($"{second}:2: duplicate id 'alpha'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_alias_shared_by_two_careers_is_reported_in_the_second_file()
    {
        folder.Write("alpha", CareerText.Valid("alpha", "Alpha Tester"));
        var text = CareerText.Valid("beta", "Beta Tester").Replace("aliases: [beta person]", "aliases: [beta person, ALPHA person]");
        var path = folder.Write("beta", text);

        Assert.Contains($"{path}:{CareerText.LineOf(text, "aliases:")}: alias 'ALPHA person' is also a name of 'alpha'; each name may belong to one career", Load());
    }

    [Fact]
    public void An_unknown_section_is_reported_at_its_heading()
    {
        var text = CareerText.Valid("tester").Replace("## Traits", "## Hobbies");
        var path = folder.Write("tester", text);

        Assert.Contains(Load(), p => p.StartsWith($"{path}:{CareerText.LineOf(text, "## Hobbies")}: unknown section 'Hobbies'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_salary_row_without_a_source_is_reported()
    {
        var text = CareerText.Valid("tester").Replace("    source: test-survey\n", "\n");
        var path = folder.Write("tester", text);

        Assert.Contains($"{path}:{CareerText.LineOf(text, "- region: alberta")}: salary row has no source", Load());
    }

    [Fact]
    public void A_salary_row_without_a_year_is_reported()
    {
        var text = CareerText.Valid("tester").Replace("    year: 2020\n    group", "    group");
        var path = folder.Write("tester", text);

        Assert.Contains(Load(), p => p.StartsWith($"{path}:{CareerText.LineOf(text, "- region: alberta")}: salary row has no year", StringComparison.Ordinal));
    }

    [Fact]
    public void A_related_career_without_a_file_is_reported()
    {
        var text = CareerText.Valid("tester", related: "[dentist]");
        var path = folder.Write("tester", text);

        Assert.Contains(Load(), p => p.StartsWith($"{path}:{CareerText.LineOf(text, "related:")}: related career 'dentist' has no file", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fit_trait_without_a_question_is_reported()
    {
        var text = CareerText.Valid("tester").Replace("    question: How patient are you with slow computers?\n", string.Empty);
        var path = folder.Write("tester", text);

        Assert.Contains($"{path}:{CareerText.LineOf(text, "- trait: patience")}: fit trait 'patience' has no question", Load());
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        var path = folder.Write("tester", "  \n");

        Assert.Equal([$"{path}:1: file is empty"], Load());
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_at_the_bad_line()
    {
        var bytes = Encoding.UTF8.GetBytes(CareerText.Valid("tester")).ToList();
        var thirdLine = bytes.FindIndex(b => b == (byte)'\n') + 1;
        thirdLine = bytes.FindIndex(thirdLine, b => b == (byte)'\n') + 1;
        bytes.Insert(thirdLine, 0xFF);
        var path = folder.WriteBytes("tester", [.. bytes]);

        Assert.Equal([$"{path}:3: file is not UTF-8 text"], Load());
    }

    [Fact]
    public void Every_problem_in_a_folder_is_reported_not_just_the_first()
    {
        folder.Write("alpha", string.Empty);
        folder.Write("beta", CareerText.Valid("beta").Replace("## Traits", "## Hobbies"));
        folder.Write("gamma", CareerText.Valid("gamma", related: "[pilot]"));

        var problems = Load();

        Assert.Contains(problems, p => p.Contains("alpha.md:1: file is empty", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("unknown section 'Hobbies'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("related career 'pilot' has no file", StringComparison.Ordinal));
    }

    private string[] Load() => KnowledgeFolderLoader.Load(folder.Root).Problems.Select(p => p.ToString()).ToArray();
}
