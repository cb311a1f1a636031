using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Occupations;

/// <summary>Reads one catalogue TSV: checks the header, yields each row with its line number and reports a row with the
/// wrong number of cells (or a missing file) as a problem instead of throwing.</summary>
internal sealed class TsvRows(string folder, string fileName, string[] header, List<KnowledgeProblem> problems)
{
    public string Path { get; } = System.IO.Path.Combine(folder, fileName);

    public void Problem(int line, string message) => problems.Add(new KnowledgeProblem(Path, line, message));

    public IEnumerable<(int Line, string[] Cells)> Read()
    {
        if (!File.Exists(Path))
        {
            Problem(0, "missing catalogue file");
            yield break;
        }

        using var reader = new StreamReader(Path, System.Text.Encoding.UTF8);
        var first = reader.ReadLine();
        if (first is null || first != string.Join('\t', header))
        {
            Problem(1, $"header should be: {string.Join(' ', header)}");
            yield break;
        }

        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            var cells = text.Split('\t');
            if (cells.Length != header.Length)
            {
                Problem(line, $"{cells.Length} cells, expected {header.Length}");
                continue;
            }

            yield return (line, cells);
        }
    }
}
