using System.Text;

namespace CareerBot.Benchmarks;

/// <summary>
/// A temporary knowledge folder of N careers made from the shipped files: each copy gets its own id, a made-up
/// title of two pseudo-words and no related careers, so every file is valid and every career is distinct.
/// </summary>
internal sealed class GeneratedKnowledge : IDisposable
{
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ter", "vo", "zan", "pel", "dru", "sen", "ra", "bix", "quo", "fen", "tal", "gor", "nu"];

    private GeneratedKnowledge(string folder, IReadOnlyList<string> titles) => (Folder, Titles) = (folder, titles);

    public string Folder { get; }

    public IReadOnlyList<string> Titles { get; }

    public static GeneratedKnowledge Create(string shippedFolder, int count)
    {
        var templates = Directory.GetFiles(Path.Combine(shippedFolder, "careers"), "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllLines).ToArray();
        var folder = Path.Combine(Path.GetTempPath(), "careerbot-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "careers"));
        File.Copy(Path.Combine(shippedFolder, "synonyms.txt"), Path.Combine(folder, "synonyms.txt"));
        var titles = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var title = $"{Word(i)} {Word(i / 7 + 5000)}";
            var id = title.ToLowerInvariant().Replace(' ', '-');
            titles.Add(title);
            var lines = templates[i % templates.Length].Select(line =>
                line.StartsWith("id: ", StringComparison.Ordinal) ? $"id: {id}"
                : line.StartsWith("title: ", StringComparison.Ordinal) ? $"title: {title}"
                : line.StartsWith("aliases: ", StringComparison.Ordinal) ? $"aliases: [{title} specialist]"
                : line.StartsWith("related: ", StringComparison.Ordinal) ? "related: []"
                : line);
            File.WriteAllLines(Path.Combine(folder, "careers", id + ".md"), lines, new UTF8Encoding(false));
        }

        return new GeneratedKnowledge(folder, titles);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>A pronounceable made-up word, unique per number.</summary>
    private static string Word(int n)
    {
        var builder = new StringBuilder();
        var value = n + 17;
        do
        {
            builder.Append(Syllables[value % Syllables.Length]);
            value /= Syllables.Length;
        }
        while (value > 0 || builder.Length < 5);
        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }
}
