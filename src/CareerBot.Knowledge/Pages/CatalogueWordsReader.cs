using CareerBot.Knowledge.Files;
using YamlDotNet.Core;
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
        if (!Directory.Exists(folder))
        {
            return new CatalogueWords(language, texts);
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Where(p => Path.GetFileName(p) != StudentNamesReader.FileName))
        {
            var stream = new YamlStream();
            try
            {
                using var reader = new StreamReader(path);
                stream.Load(reader);
            }
            catch (YamlException ex)
            {
                problems.Add(new(path, (int)ex.Start.Line, $"broken YAML: {ex.Message}"));
                continue;
            }
            catch (IOException ex)
            {
                problems.Add(new(path, 0, $"cannot read file: {ex.Message}"));
                continue;
            }

            if (stream.Documents.Count == 0)
            {
                continue;
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                problems.Add(new(path, 1, "expected a mapping of keys to texts"));
                continue;
            }

            Flatten(Path.GetFileNameWithoutExtension(path), root, texts, path, problems);
        }

        return new CatalogueWords(language, texts);
    }

    /// <summary>Every key of every catalogue words file in one language, with its file and line (for <c>check</c>).</summary>
    public static IEnumerable<(string Key, string File, int Line)> Keys(string knowledgeFolder, string language)
    {
        var folder = Path.Combine(knowledgeFolder, "language", language, Folder);
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            try
            {
                using var reader = new StreamReader(path);
                stream.Load(reader);
            }
            catch (Exception ex) when (ex is YamlException or IOException)
            {
                continue;
            }

            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                foreach (var item in Walk(Path.GetFileNameWithoutExtension(path), root))
                {
                    yield return (item.Key, path, item.Line);
                }
            }
        }
    }

    private static void Flatten(string prefix, YamlMappingNode node, Dictionary<string, string> texts, string path, List<KnowledgeProblem> problems)
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
