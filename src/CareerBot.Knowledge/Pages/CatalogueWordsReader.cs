using CareerBot.Knowledge.Files;
using YamlDotNet.RepresentationModel;

namespace CareerBot.Knowledge.Pages;

/// <summary>
/// Reads every <c>*.yaml</c> of <c>language/&lt;lang&gt;/catalogue/</c> into dotted keys: the file name, then the
/// mapping keys down to each text ("skills.2.A.1.a.question"). Broken YAML is reported as <c>file:line</c>.
/// </summary>
internal static class CatalogueWordsReader
{
    public const string Folder = "catalogue";

    public static CatalogueWords Read(string knowledgeFolder, string language, List<KnowledgeProblem> problems)
    {
        var folder = Path.Combine(knowledgeFolder, "language", language, Folder);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var places = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return new CatalogueWords(language, texts);
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Where(p => Path.GetFileName(p) is not (StudentNamesReader.FileName or DisplayTitlesReader.FileName)))
        {
            if (YamlRoot.Read(path, problems) is not { } root)
            {
                continue;
            }

            Flatten(Path.GetFileNameWithoutExtension(path), root, texts, places, path, problems);
        }

        return new CatalogueWords(language, texts) { Places = places };
    }

    /// <summary>A text one language has and the other lacks, reported where it is written (<c>file:line</c>).</summary>
    public static IEnumerable<KnowledgeProblem> Missing(CatalogueWords from, CatalogueWords other) =>
        from.Places.Where(p => other.Text(p.Key) is null)
            .Select(p => new KnowledgeProblem(p.Value.File, p.Value.Line, $"'{p.Key}' has no {other.Language} text in language/{other.Language}/catalogue/"));

    private static void Flatten(
        string prefix, YamlMappingNode node, Dictionary<string, string> texts, Dictionary<string, (string File, int Line)> places, string path,
        List<KnowledgeProblem> problems)
    {
        foreach (var item in Walk(prefix, node))
        {
            if (item.Value is null)
            {
                problems.Add(new(path, item.Line, $"'{item.Key}' has no text"));
            }
            else if (!texts.TryAdd(item.Key, item.Value))
            {
                problems.Add(new(path, item.Line, $"'{item.Key}' is given twice"));
            }
            else
            {
                places[item.Key] = (path, item.Line);
            }
        }
    }

    private static IEnumerable<(string Key, string? Value, int Line)> Walk(string prefix, YamlMappingNode node)
    {
        foreach (var (key, value) in node.Children)
        {
            var name = prefix + "." + ((key as YamlScalarNode)?.Value ?? string.Empty);
            var line = (int)key.Start.Line;
            switch (value)
            {
                case YamlMappingNode map:
                    foreach (var inner in Walk(name, map))
                    {
                        yield return inner;
                    }

                    break;
                case YamlScalarNode { Value: var text }:
                    yield return (name, string.IsNullOrWhiteSpace(text) ? null : text.Trim(), line);
                    break;
                default:
                    yield return (name, null, line);
                    break;
            }
        }
    }
}
