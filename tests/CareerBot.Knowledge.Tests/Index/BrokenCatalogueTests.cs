using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Index;

/// <summary>A broken or missing catalogue file stops the start with <c>file:line</c>, and a running knowledge base keeps
/// its last good catalogue: with rows left out, a student would be told a job is unknown.</summary>
public sealed class BrokenCatalogueTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "careerbot-catalogue-" + Guid.NewGuid().ToString("N"));

    public BrokenCatalogueTests() => Testing.FolderCopy.Copy(RepositoryPaths.Knowledge, root);

    private string Occupations => Path.Combine(root, "catalogue", "occupations.tsv");

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_broken_row_stops_the_start_naming_its_file_and_line_once()
    {
        BreakJobZoneOnLine(3);

        var failure = Assert.Throws<KnowledgeFolderException>(() => new KnowledgeBase(root, watchForChanges: false));

        Assert.Equal([$"{Occupations}:3: job_zone 'x' is not 1–5"], failure.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_missing_file_stops_the_start()
    {
        var wages = Path.Combine(root, "catalogue", "us-wages.tsv");
        File.Delete(wages);

        var failure = Assert.Throws<KnowledgeFolderException>(() => new KnowledgeBase(root, watchForChanges: false));

        Assert.Contains($"{wages}:0: missing catalogue file", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_running_knowledge_base_keeps_its_last_good_catalogue_and_reports_the_break()
    {
        using var knowledge = new KnowledgeBase(root, watchForChanges: false);
        var before = knowledge.Careers.Count;
        var nurse = Understood.Ask(knowledge, "how much do registered nurses make");

        var line = LineOf("29-1141.00");
        BreakJobZoneOnLine(line);
        knowledge.Reload();

        Assert.Equal(before, knowledge.Careers.Count);
        var again = Understood.Ask(knowledge, "how much do registered nurses make");
        Assert.Equal((nurse.Career, true), (again.Career, again.Answered));
        Assert.Contains(knowledge.Problems, p => p.ToString() == $"{Occupations}:{line}: job_zone 'x' is not 1–5");
    }

    private int LineOf(string onetSoc) =>
        Array.FindIndex(File.ReadAllLines(Occupations), l => l.Split('\t')[1] == onetSoc) + 1;

    private void BreakJobZoneOnLine(int line)
    {
        var lines = File.ReadAllLines(Occupations);
        var cells = lines[line - 1].Split('\t');
        cells[8] = "x";
        lines[line - 1] = string.Join('\t', cells);
        File.WriteAllLines(Occupations, lines);
    }
}
