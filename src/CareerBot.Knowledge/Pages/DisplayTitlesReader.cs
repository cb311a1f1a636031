using CareerBot.Knowledge.Files;
using YamlDotNet.RepresentationModel;

namespace CareerBot.Knowledge.Pages;

/// <summary>
/// Reads <c>language/&lt;lang&gt;/catalogue/titles.yaml</c>: CareerBot's own name for each occupation in that language
/// (O*NET-SOC code → title), where the official files give only a broader group's name (the CNP unit group of a French
/// page). A broken file or a code the catalogue lacks is reported as <c>file:line</c>.
/// </summary>
internal static class DisplayTitlesReader
{
    public const string FileName = "titles.yaml";

    public static IReadOnlyDictionary<string, string> Read(string knowledgeFolder, string language, ISet<string> codes, List<KnowledgeProblem> problems)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.Combine(knowledgeFolder, "language", language, CatalogueWordsReader.Folder, FileName);
        if (!File.Exists(path) || YamlRoot.Read(path, problems) is not { } map)
        {
            return titles;
        }

        foreach (var (key, value) in map.Children)
        {
            var code = (key as YamlScalarNode)?.Value ?? string.Empty;
            var line = (int)key.Start.Line;
            if (!codes.Contains(code))
            {
                problems.Add(new(path, line, $"'{code}' is not an occupation of the catalogue"));
            }
            else if (value is not YamlScalarNode { Value: { } title } || title.Trim().Length == 0)
            {
                problems.Add(new(path, line, $"'{code}' needs a title"));
            }
            else if (!titles.TryAdd(code, title.Trim()))
            {
                problems.Add(new(path, line, $"'{code}' is given twice"));
            }
        }

        return titles;
    }
}
