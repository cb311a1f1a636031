using YamlDotNet.RepresentationModel;

namespace CareerBot.Knowledge.Files;

/// <summary>Parses a translated career file; every problem is reported as file:line and the file is then left out.</summary>
public static class TranslationFileParser
{
    public static CareerTranslation? Parse(string path, string language, byte[] bytes, List<KnowledgeProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        if (!Utf8Text.TryDecode(bytes, out var text, out var badLine))
        {
            problems.Add(new(path, badLine, "file is not UTF-8 text"));
            return null;
        }

        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var close = FrontMatterSplitter.FindClosingLine(lines, out var splitProblem);
        if (splitProblem is not null)
        {
            problems.Add(new(path, close < 0 ? 1 : close + 1, splitProblem));
            return null;
        }

        var map = FrontMatterReader.Load(string.Join('\n', lines[1..close]), firstLine: 2, path, problems);
        var sections = SectionReader.Read(lines, close + 1, path, problems, language == "fr" ? KnowledgeTopics.FrenchSections : null);
        var id = map?.Text("id");
        var title = map?.Text("title");
        if (map is not null && (id is null || title is null))
        {
            problems.Add(new(path, 2, "a translated career file needs an id and a title"));
        }

        var fileId = System.IO.Path.GetFileNameWithoutExtension(path);
        if (id is not null && id != fileId)
        {
            problems.Add(new(path, map!.LineOf("id"), $"id '{id}' does not match the file name '{fileId}.md'"));
        }

        var fit = map is null ? [] : FitReader.Read(map, path, problems);
        var groups = map is null ? new Dictionary<string, string>() : Groups(map, path, problems);
        return problems.Count > before || id is null || title is null ? null : new CareerTranslation(path, language, id, title, fit, sections)
        {
            Groups = groups,
            GroupsLine = map!.Node("groups") is null ? 2 : map.LineOf("groups"),
        };
    }

    /// <summary><c>groups:</c> maps each English group name of the salary rows to its name in this language.</summary>
    private static Dictionary<string, string> Groups(YamlMap map, string path, List<KnowledgeProblem> problems)
    {
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (map.Node("groups"))
        {
            case null:
                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { Length: > 0 } english } && value is YamlScalarNode { Value: { Length: > 0 } translated })
                    {
                        if (!groups.TryAdd(english.Trim(), translated.Trim()))
                        {
                            problems.Add(new(path, map.ToFileLine(key), $"group '{english.Trim()}' is named twice"));
                        }
                    }
                    else
                    {
                        problems.Add(new(path, map.ToFileLine(key), "each group is 'English name: translated name'"));
                    }
                }

                break;
            default:
                problems.Add(new(path, map.LineOf("groups"), "groups must map each English group name to its translated name"));
                break;
        }

        return groups;
    }
}
