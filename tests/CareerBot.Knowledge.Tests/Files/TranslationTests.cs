using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Files;

/// <summary>knowledge/careers/fr/: a career in French answers French questions; its figures must be the English file's.</summary>
public sealed class TranslationTests : IDisposable
{
    private readonly TempKnowledgeFolder folder = new();

    [Fact]
    public void A_french_file_answers_in_french_with_its_own_title_and_the_english_files_figures()
    {
        folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester"));
        WriteFrench("alpha-tester", "Testeur alpha", "## Aperçu\n\nIls testent des logiciels et gagnent environ 50 000 $ par année.\n");
        using var knowledge = new KnowledgeBase(folder.Root, watchForChanges: false);

        var answer = knowledge.Ask(new AnswerRequest("alpha-tester", KnowledgeTopics.Overview, Language: "fr"));
        var english = knowledge.Ask(new AnswerRequest("alpha-tester", KnowledgeTopics.Overview, Language: "en"));

        Assert.Empty(knowledge.Problems);
        Assert.Equal("Testeur alpha", answer.About!.Title);
        Assert.Contains("Ils testent des logiciels", answer.Content(), StringComparison.Ordinal);
        Assert.Equal("Alpha Tester", english.About!.Title);
        var duties = knowledge.Ask(new AnswerRequest("alpha-tester", KnowledgeTopics.Duties, Language: "fr"));
        Assert.Equal("Alpha Tester", duties.About!.Title); // no French duties yet: the English section, said so by its title
    }

    [Fact]
    public void A_french_figure_the_english_file_does_not_have_is_reported_on_its_line_and_the_translation_left_out()
    {
        folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester"));
        var path = WriteFrench("alpha-tester", "Testeur alpha", "## Aperçu\n\nIls testent des logiciels.\n\n## Salaire\n\nEnviron 61 500 $ par année ([source](https://example.org/12345678)).\n");
        using var knowledge = new KnowledgeBase(folder.Root, watchForChanges: false);

        var problem = Assert.Single(knowledge.Problems);
        Assert.Equal($"{path}:{CareerText.LineOf(File.ReadAllText(path), "61 500")}: 61500 is not a figure of careers/alpha-tester.md; a translation states the same facts", problem.ToString());
        Assert.Equal("Alpha Tester", knowledge.Ask(new AnswerRequest("alpha-tester", KnowledgeTopics.Overview, Language: "fr")).About!.Title);
    }

    [Fact]
    public void A_translation_of_no_career_and_an_unknown_french_heading_are_reported()
    {
        folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester"));
        var orphan = WriteFrench("beta-tester", "Testeur bêta", "## Aperçu\n\nTexte.\n");
        var badHeading = WriteFrench("alpha-tester", "Testeur alpha", "## Sommaire\n\nTexte.\n");
        using var knowledge = new KnowledgeBase(folder.Root, watchForChanges: false);

        Assert.Contains(knowledge.Problems, p => p.File == orphan && p.Message.Contains("has no career file", StringComparison.Ordinal));
        Assert.Contains(knowledge.Problems, p => p.File == badHeading && p.Message.StartsWith("unknown section 'Sommaire'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_french_salary_answer_names_the_official_group_in_french()
    {
        folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester"));
        WriteFrench("alpha-tester", "Testeur alpha", "## Aperçu\n\nIls testent des logiciels.\n\n## Salaire\n\nLe salaire varie selon la région.\n");
        using var knowledge = new KnowledgeBase(folder.Root, watchForChanges: false);

        var french = knowledge.Ask(new AnswerRequest("alpha-tester", KnowledgeTopics.Salary, Language: "fr"));
        var english = knowledge.Ask(new AnswerRequest("alpha-tester", KnowledgeTopics.Salary, Language: "en"));

        Assert.Empty(knowledge.Problems);
        Assert.All(french.Salary, f => Assert.Equal("Testeurs et testeuses", f.Group));
        Assert.All(english.Salary, f => Assert.Equal("Testers", f.Group));
        Assert.NotEmpty(french.Salary);
    }

    [Fact]
    public void A_group_the_french_file_does_not_name_or_names_wrongly_is_reported_and_shown_in_english_meanwhile()
    {
        folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester"));
        var path = WriteFrench("alpha-tester", "Testeur alpha", "## Salaire\n\nLe salaire varie.\n", groups: "groups:\n  Tasters: Goûteurs\n");
        using var knowledge = new KnowledgeBase(folder.Root, watchForChanges: false);

        Assert.Equal(
        [
            $"{path}:4: groups has no name for 'Testers', a salary group of careers/alpha-tester.md",
            $"{path}:4: groups names 'Tasters', which no salary row of careers/alpha-tester.md has",
        ], knowledge.Problems.Select(p => p.ToString()));
        var french = knowledge.Ask(new AnswerRequest("alpha-tester", KnowledgeTopics.Salary, Language: "fr"));
        Assert.Equal("Testeur alpha", french.About!.Title);
        Assert.All(french.Salary, f => Assert.Equal("Testers", f.Group));
    }

    [Fact]
    public void Groups_that_are_not_a_mapping_are_reported_on_their_line()
    {
        folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester"));
        var path = WriteFrench("alpha-tester", "Testeur alpha", "## Aperçu\n\nTexte.\n", groups: "groups: [Testeurs]\n");
        using var knowledge = new KnowledgeBase(folder.Root, watchForChanges: false);

        Assert.Contains($"{path}:4: groups must map each English group name to its translated name", knowledge.Problems.Select(p => p.ToString()));
    }

    public void Dispose() => folder.Dispose();

    private string WriteFrench(string id, string title, string body, string groups = "groups:\n  Testers: Testeurs et testeuses\n")
    {
        var directory = Path.Combine(folder.Root, "careers", "fr");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, id + ".md");
        File.WriteAllText(path, $"---\nid: {id}\ntitle: {title}\n{groups}---\n{body}");
        return path;
    }
}
