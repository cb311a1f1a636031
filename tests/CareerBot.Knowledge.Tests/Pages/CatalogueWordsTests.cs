using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Pages;

namespace CareerBot.Knowledge.Tests.Pages;

public sealed class CatalogueWordsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "careerbot-words-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_text_one_language_lacks_is_reported_at_the_file_and_line_that_has_it()
    {
        var english = Write("en", "guide.yaml", "overview:\n  lead: \"**{title}**: people in this job often {list}.\"\n  extra: \"Only in English.\"\n");
        Write("fr", "guide.yaml", "overview:\n  lead: \"**{title}** : dans ce métier, on doit souvent {list}.\"\n");
        var problems = new List<KnowledgeProblem>();

        var en = CatalogueWordsReader.Read(root, "en", problems);
        var fr = CatalogueWordsReader.Read(root, "fr", problems);
        var missing = CatalogueWordsReader.Missing(en, fr).Concat(CatalogueWordsReader.Missing(fr, en)).Select(p => p.ToString()).ToArray();

        Assert.Empty(problems);
        Assert.Equal([$"{english}:3: 'guide.overview.extra' has no fr text in language/fr/catalogue/"], missing);
        Assert.Equal("**Nurse**: people in this job often help.", en.Fill("guide.overview.lead", ("title", "Nurse"), ("list", "help")));
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_line_and_the_other_files_still_load()
    {
        var broken = Write("en", "skills.yaml", "\"2.A.1.a\":\n  name: [unclosed\n");
        Write("en", "guide.yaml", "words:\n  and: \"and\"\n");
        var problems = new List<KnowledgeProblem>();

        var en = CatalogueWordsReader.Read(root, "en", problems);

        Assert.StartsWith($"{broken}:", Assert.Single(problems).ToString(), StringComparison.Ordinal);
        Assert.Equal("a, b and c", en.List(["a", "b", "c"]));
    }

    [Fact]
    public void Our_french_titles_are_read_apart_from_the_words_and_a_code_the_catalogue_lacks_is_reported_at_its_line()
    {
        var titles = Write("fr", "titles.yaml", "# titres\n\"49-9094.00\": \"Serrurier\"\n\"99-9999.00\": \"Inventé\"\n");
        var problems = new List<KnowledgeProblem>();

        var read = DisplayTitlesReader.Read(root, "fr", new HashSet<string>(["49-9094.00"]), problems);
        var words = CatalogueWordsReader.Read(root, "fr", problems);

        Assert.Equal("Serrurier", read["49-9094.00"]);
        Assert.Equal([$"{titles}:3: '99-9999.00' is not an occupation of the catalogue"], problems.Select(p => p.ToString()));
        Assert.Null(words.Text("titles.49-9094.00"));
    }

    [Fact]
    public void French_numbers_and_percents_use_french_typography()
    {
        var fr = new CatalogueWords("fr", new Dictionary<string, string>());

        Assert.Equal("12\u00A0300", fr.Number(12300));
        Assert.Equal("9,5\u00A0%", fr.Percent(9.5m));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private string Write(string language, string file, string text)
    {
        var folder = Path.Combine(root, "language", language, "catalogue");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, file);
        File.WriteAllText(path, text);
        return path;
    }
}
