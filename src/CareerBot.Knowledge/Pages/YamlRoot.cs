using CareerBot.Knowledge.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerBot.Knowledge.Pages;

/// <summary>The top mapping of a words or names file; broken YAML, an unreadable file or another shape is a problem.</summary>
internal static class YamlRoot
{
    public static YamlMappingNode? Read(string path, List<KnowledgeProblem> problems)
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
            return null;
        }
        catch (IOException ex)
        {
            problems.Add(new(path, 0, $"cannot read file: {ex.Message}"));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new(path, 1, "expected a mapping"));
            return null;
        }

        return root;
    }
}
