namespace CareerBot.Catalogue.Import.Tests;

/// <summary>Tests that need the official files in <c>../shared/data</c>; each passes with a message when they are absent.</summary>
public class CatalogueBuildTests
{
    [Fact]
    public void Rebuilding_from_the_official_files_gives_the_committed_catalogue_byte_for_byte()
    {
        if (!RepositoryPaths.HasData)
        {
            Console.WriteLine("Skipped: " + RepositoryPaths.NoDataMessage);
            return;
        }

        var folder = Path.Combine(Path.GetTempPath(), "catalogue-build-" + Guid.NewGuid().ToString("N"));
        try
        {
            var counts = CatalogueBuilder.Build(RepositoryPaths.Data, folder);
            Assert.True(counts.Elapsed < TimeSpan.FromSeconds(60), counts.ToString());
            var built = Directory.GetFiles(folder, "*.tsv").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            var committed = Directory.GetFiles(RepositoryPaths.Catalogue, "*.tsv").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(committed, built);
            foreach (var name in built)
            {
                var same = File.ReadAllBytes(Path.Combine(folder, name!)).AsSpan()
                    .SequenceEqual(File.ReadAllBytes(Path.Combine(RepositoryPaths.Catalogue, name!)));
                Assert.True(same, $"{name} differs from the committed file: run careerbot catalogue build --from ../shared/data");
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void No_shipped_cell_is_a_sentence_from_the_official_descriptive_files()
    {
        if (!RepositoryPaths.HasData)
        {
            Console.WriteLine("Skipped: " + RepositoryPaths.NoDataMessage);
            return;
        }

        var onet = Path.Combine(RepositoryPaths.Data, "onet-29.3");
        var sentences = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Add(string file, int column) =>
            sentences.UnionWith(XlsxSheet.Read(Path.Combine(onet, file)).Skip(1).Select(r => r[column]).Where(s => s.Length > 0));
        Add("Occupation Data.xlsx", 2);
        Add("Task Statements.xlsx", 3);
        Add("DWA Reference.xlsx", 5);
        Add("IWA Reference.xlsx", 3);
        Add("Content Model Reference.xlsx", 2);
        foreach (var file in new[] { "noc_2021_version_1.0_-_classification_structure.csv", "cnp_2021_version_1.0_-_structure_de_la_classification.csv" })
        {
            sentences.UnionWith(CsvFile.Read(Path.Combine(RepositoryPaths.Data, "noc-2021", file)).Skip(1).Where(r => r.Length > 4).Select(r => r[4].Trim()));
        }

        // A label such as "Critical Thinking" is also its own Content Model description; only sentences count.
        sentences.RemoveWhere(s => !s.Contains(' ', StringComparison.Ordinal) || s.Split(' ').Length < 4);
        var found = Directory.GetFiles(RepositoryPaths.Catalogue, "*.tsv")
            .SelectMany(file => File.ReadLines(file).SelectMany(line => line.Split('\t')).Select(cell => (File: Path.GetFileName(file), Cell: cell)))
            .Where(x => sentences.Contains(x.Cell.Trim()) || sentences.Contains(x.Cell.TrimEnd('.') + "."))
            .Take(5)
            .ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
