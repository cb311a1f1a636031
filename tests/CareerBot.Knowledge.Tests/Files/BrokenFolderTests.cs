using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Files;

public sealed class BrokenFolderTests : IDisposable
{
    private readonly TempKnowledgeFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Loading_a_folder_with_a_broken_file_keeps_the_good_files_and_reports_the_broken_one()
    {
        folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester"));
        folder.Write("beta-tester", CareerText.Valid("beta-tester", "Beta Tester"));
        var broken = folder.Write("gamma-tester", "---\nid: gamma-tester\ntitle: [oops\n---\n## Overview\n");

        var load = KnowledgeFolderLoader.Load(folder.Root);

        Assert.Equal(["alpha-tester", "beta-tester"], load.Careers.Select(c => c.Id).Order());
        Assert.All(load.Problems, p => Assert.Equal(broken, p.File));
        Assert.NotEmpty(load.Problems);
    }

    [Fact]
    public void A_knowledge_base_over_a_broken_folder_still_answers_from_the_good_files()
    {
        folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester"));
        folder.WriteBytes("beta-tester", [0xC3, 0x28, 0x0A]);
        using var knowledge = new KnowledgeBase(folder.Root, watchForChanges: false);

        var answer = Understood.Ask(knowledge, "What does an alpha tester do?");

        Assert.True(answer.Answered);
        Assert.Equal("alpha-tester", answer.Career);
        Assert.Contains(knowledge.Problems, p => p.File.EndsWith("beta-tester.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_folder_is_a_problem_not_an_exception()
    {
        var missing = Path.Combine(folder.Root, "nowhere");

        using var knowledge = new KnowledgeBase(missing, watchForChanges: true);
        var answer = Understood.Ask(knowledge, "How much does an IT manager make?");

        Assert.False(knowledge.IsReady);
        Assert.False(answer.Answered);
        Assert.Single(knowledge.Problems);
    }

    [Fact]
    public void A_bad_synonym_line_is_reported_and_the_rest_still_work()
    {
        folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester"));
        folder.WriteSynonyms("# comment\npay, wage, salary\n => \n");

        var load = KnowledgeFolderLoader.Load(folder.Root);

        var problem = Assert.Single(load.Problems);
        Assert.EndsWith("synonyms.txt:3: bad synonym rule: write 'a, b, c' or 'a, b => c'", problem.ToString());
        Assert.Single(load.Synonyms.Groups);
    }
}
