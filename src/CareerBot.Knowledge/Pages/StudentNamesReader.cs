using CareerBot.Knowledge.Files;
using YamlDotNet.RepresentationModel;

namespace CareerBot.Knowledge.Pages;

/// <summary>
/// Reads <c>language/&lt;lang&gt;/catalogue/names.yaml</c> of every language: everyday names students give an
/// occupation (O*NET-SOC code → names). A broken file or a code the catalogue lacks is reported as <c>file:line</c>.
/// </summary>
internal static class StudentNamesReader
{
    public const string FileName = "names.yaml";

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(string knowledgeFolder, ISet<string> codes, List<KnowledgeProblem> problems)
    {
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var root = Path.Combine(knowledgeFolder, "language");
        if (!Directory.Exists(root))
        {
            return new Dictionary<string, IReadOnlyList<string>>();
        }

        foreach (var language in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(language, CatalogueWordsReader.Folder, FileName);
            if (File.Exists(path))
            {
                ReadFile(path, codes, names, problems);
            }
        }

        return names.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
    }

    private static void ReadFile(string path, ISet<string> codes, Dictionary<string, List<string>> names, List<KnowledgeProblem> problems)
    {
        if (YamlRoot.Read(path, problems) is not { } map)
        {
            return;
        }

        foreach (var (key, value) in map.Children)
        {
            var code = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!codes.Contains(code))
            {
                problems.Add(new(path, (int)key.Start.Line, $"'{code}' is not an occupation of the catalogue"));
                continue;
            }

            if (value is not YamlSequenceNode list)
            {
                problems.Add(new(path, (int)key.Start.Line, $"'{code}' needs a list of names"));
                continue;
            }

            if (!names.TryGetValue(code, out var known))
            {
                names[code] = known = [];
            }

            known.AddRange(list.Children.OfType<YamlScalarNode>().Select(s => s.Value).OfType<string>().Where(s => s.Trim().Length > 0));
        }
    }
}
