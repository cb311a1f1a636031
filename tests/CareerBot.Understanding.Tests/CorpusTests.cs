using CareerBot.Understanding.Corpus;

namespace CareerBot.Understanding.Tests;

public sealed class CorpusTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "careerbot-corpus-" + Guid.NewGuid().ToString("N"));

    public CorpusTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "language", "en", "examples"));
        File.WriteAllText(Path.Combine(folder, "language", "labels.yaml"), "topics:\n  salary: pay\nintents:\n  question: q\n  greeting: hi\n");
    }

    [Fact]
    public void The_repository_corpus_loads_without_problems_and_covers_every_label_in_both_languages()
    {
        var corpus = CorpusLoader.Load(Repository.Knowledge);
        Assert.Empty(corpus.Problems.Select(p => p.ToString()));
        foreach (var language in new[] { "en", "fr" })
        {
            foreach (var label in corpus.Labels.Topics.Concat(corpus.Labels.Intents.Where(i => i != LabelSet.QuestionIntent)))
            {
                var count = corpus.Examples.Count(e => e.Language == language && e.Label == label);
                Assert.True(count >= 40, $"{language} {label}: {count} examples");
            }
        }
    }

    [Fact]
    public void An_unknown_label_is_reported_with_its_file_and_line()
    {
        Write("oops.yaml", "label: salaries\nexamples:\n  - \"how much\"\n");
        Assert.Contains("language/en/examples/oops.yaml:1: unknown label 'salaries' (not in language/labels.yaml)",
            CorpusLoader.Load(folder).Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void The_same_example_under_two_labels_is_reported_at_the_second()
    {
        Write("salary.yaml", "label: salary\nexamples:\n  - \"hi there\"\n");
        Write("greeting.yaml", "label: greeting\nexamples:\n  - \"Hi there!\"\n");
        var problem = Assert.Single(CorpusLoader.Load(folder).Problems);
        Assert.Equal("language/en/examples/salary.yaml:3: 'hi there' is labelled salary here and greeting at language/en/examples/greeting.yaml:3", problem.ToString());
    }

    [Fact]
    public void A_broken_file_is_reported_and_the_others_still_load()
    {
        Write("greeting.yaml", "label: greeting\nexamples:\n  - \"hello\"\n");
        Write("broken.yaml", "label: salary\nexamples: [\"unclosed\n");
        var corpus = CorpusLoader.Load(folder);
        Assert.Contains(corpus.Problems, p => p.File == "language/en/examples/broken.yaml" && p.Message.StartsWith("cannot be read", StringComparison.Ordinal));
        Assert.Single(corpus.Examples);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(folder, "language", "en", "examples", name), text);
}
