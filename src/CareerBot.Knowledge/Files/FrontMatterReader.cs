using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerBot.Knowledge.Files;

/// <summary>Reads and checks the YAML front matter; every problem carries its file line.</summary>
internal static partial class FrontMatterReader
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    public static FrontMatter? Read(string yaml, int firstLine, string path, List<KnowledgeProblem> problems)
    {
        if (Load(yaml, firstLine, path, problems) is not { } map)
        {
            return null;
        }

        var id = map.Text("id");
        if (id is null)
        {
            problems.Add(new(path, firstLine, "missing id"));
        }
        else if (!KebabCase().IsMatch(id))
        {
            problems.Add(new(path, map.LineOf("id"), $"id '{id}' must be kebab case (lower-case words joined by '-')"));
        }

        var title = map.Text("title");
        if (title is null)
        {
            problems.Add(new(path, firstLine, "missing title"));
        }

        var sources = ReadSources(map, path, problems);
        return new FrontMatter(
            id,
            map.LineOf("id"),
            title,
            map.LineOf("title"),
            map.Strings("aliases"),
            map.Text("noc"),
            map.Text("soc"),
            map.Strings("related"),
            SalaryReader.Read(map, sources, path, problems),
            FitReader.Read(map, path, problems),
            sources);
    }

    /// <summary>The front matter as a map, or null with the problem reported as file:line.</summary>
    public static YamlMap? Load(string yaml, int firstLine, string path, List<KnowledgeProblem> problems)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                problems.Add(new(path, firstLine, "bad YAML: the front matter must be a set of 'key: value' lines"));
                return null;
            }

            return new YamlMap(mapping, firstLine - 1);
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line + firstLine - 1;
            problems.Add(new(path, Math.Max(line, firstLine), $"bad YAML: {ex.Message}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unclosed lists; its state has no line to report.
            problems.Add(new(path, firstLine + UnbalancedLine(yaml), "bad YAML: an unclosed list, quote or bracket"));
            return null;
        }
    }

    /// <summary>The 0-based line that opens a bracket it never closes (0 when none is found).</summary>
    private static int UnbalancedLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Count(c => c == '[') > line.Count(c => c == ']') || line.Count(c => c == '{') > line.Count(c => c == '}')
                || line.Count(c => c == '"') % 2 == 1)
            {
                return i;
            }
        }

        return 0;
    }

    private static List<CareerSource> ReadSources(YamlMap map, string path, List<KnowledgeProblem> problems)
    {
        var sources = new List<CareerSource>();
        foreach (var (item, line) in map.Items("sources"))
        {
            var id = item?.Text("id");
            var title = item?.Text("title");
            if (item is null || id is null || title is null)
            {
                problems.Add(new(path, line, "source needs an id and a title"));
                continue;
            }

            if (sources.Any(s => s.Id == id))
            {
                problems.Add(new(path, item.LineOf("id"), $"duplicate source id '{id}'"));
                continue;
            }

            sources.Add(new CareerSource(id, title, item.Text("publisher"), item.Text("url"), item.Text("year") ?? "unknown"));
        }

        return sources;
    }
}
