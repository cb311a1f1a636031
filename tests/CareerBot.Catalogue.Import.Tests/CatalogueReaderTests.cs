using CareerBot.Knowledge.Occupations;

namespace CareerBot.Catalogue.Import.Tests;

public sealed class CatalogueReaderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "catalogue-reader-" + Guid.NewGuid().ToString("N"));

    public CatalogueReaderTests()
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Catalogue, "*.tsv"))
        {
            var lines = File.ReadLines(file).Take(40);
            File.WriteAllLines(Path.Combine(folder, Path.GetFileName(file)), lines);
        }
    }

    [Fact]
    public void A_missing_folder_is_one_problem()
    {
        var load = OccupationCatalogue.Load(Path.Combine(folder, "nowhere"));
        Assert.Single(load.Problems);
        Assert.Empty(load.Catalogue.Occupations);
    }

    [Fact]
    public void A_row_with_a_bad_job_zone_is_reported_as_file_and_line_and_skipped()
    {
        var path = Path.Combine(folder, CatalogueFiles.Occupations);
        var lines = File.ReadAllLines(path);
        var cells = lines[2].Split('\t');
        cells[8] = "nine";
        lines[2] = string.Join('\t', cells);
        File.WriteAllLines(path, lines);

        var load = OccupationCatalogue.Load(folder);

        var problem = Assert.Single(load.Problems, p => p.File == path);
        Assert.StartsWith($"{path}:3: job_zone 'nine'", problem.ToString(), StringComparison.Ordinal);
        Assert.Null(load.Catalogue.ByOnetSoc(cells[1]));
        Assert.NotNull(load.Catalogue.ByOnetSoc(lines[1].Split('\t')[1]));
    }

    [Fact]
    public void A_row_with_too_few_cells_is_reported_with_its_line()
    {
        var path = Path.Combine(folder, CatalogueFiles.UsWages);
        File.AppendAllText(path, "99-9999\tBroken\n");

        var load = OccupationCatalogue.Load(folder);

        Assert.Contains(load.Problems, p => p.File == path && p.Line == 41 && p.Message.Contains("2 cells", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wage_that_is_not_a_number_or_marker_is_a_problem()
    {
        var path = Path.Combine(folder, CatalogueFiles.UsWages);
        var lines = File.ReadAllLines(path);
        var cells = lines[1].Split('\t');
        cells[12] = "lots";
        lines[1] = string.Join('\t', cells);
        File.WriteAllLines(path, lines);

        var load = OccupationCatalogue.Load(folder);

        Assert.Contains(load.Problems, p => p.ToString().StartsWith($"{path}:2:", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
