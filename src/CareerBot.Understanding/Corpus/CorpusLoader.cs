using CareerBot.Knowledge.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerBot.Understanding.Corpus;

/// <summary>
/// Reads knowledge/language/: labels.yaml, then every <c>&lt;lang&gt;/examples/*.yaml</c>. A broken file is reported as
/// <c>file:line: problem</c> and skipped; the others still load. Also reports unknown labels and the same example
/// under two labels.
/// </summary>
public static class CorpusLoader
{
    public const string LanguageFolder = "language";
    public const string LabelsFile = "labels.yaml";
    public const string ExamplesFolder = "examples";

    /// <summary>Loads the corpus of a knowledge folder (the one holding <c>careers/</c> and <c>language/</c>).</summary>
    public static ExampleCorpus Load(string knowledgeFolder)
    {
        ArgumentNullException.ThrowIfNull(knowledgeFolder);
        var root = Path.Combine(knowledgeFolder, LanguageFolder);
        var problems = new List<KnowledgeProblem>();
        if (!Directory.Exists(root))
        {
            // A folder of career files only: names are still found, and nothing is learned.
            return new ExampleCorpus(new LabelSet([], []), [], []);
        }

        var labels = ReadLabels(root, problems);
        var examples = new List<Example>();
        if (Directory.Exists(root))
        {
            foreach (var languageDir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
            {
                var language = Path.GetFileName(languageDir);
                var exampleDir = Path.Combine(languageDir, ExamplesFolder);
                if (!Directory.Exists(exampleDir))
                {
                    continue;
                }

                foreach (var file in Directory.GetFiles(exampleDir, "*.yaml").Order(StringComparer.Ordinal))
                {
                    examples.AddRange(ReadExampleFile(file, Relative(knowledgeFolder, file), language, labels, problems));
                }
            }
        }

        if (examples.Count == 0)
        {
            problems.Add(new KnowledgeProblem(Relative(knowledgeFolder, root), 1, "no labelled examples: understanding cannot be trained"));
        }

        ReportConflicts(examples, problems);
        return new ExampleCorpus(labels, examples, problems);
    }

    /// <summary>Only the labels (labels.yaml), for a caller that needs them without reading every example.</summary>
    public static LabelSet LoadLabels(string knowledgeFolder)
    {
        ArgumentNullException.ThrowIfNull(knowledgeFolder);
        var root = Path.Combine(knowledgeFolder, LanguageFolder);
        return Directory.Exists(root) ? ReadLabels(root, []) : new LabelSet([], []);
    }

    private static LabelSet ReadLabels(string root, List<KnowledgeProblem> problems)
    {
        var path = Path.Combine(root, LabelsFile);
        var display = Path.Combine(LanguageFolder, LabelsFile);
        if (!File.Exists(path))
        {
            problems.Add(new KnowledgeProblem(display, 1, "missing: it lists the topic and intent labels"));
            return new LabelSet([], []);
        }

        try
        {
            var map = Root(path) as YamlMappingNode;
            IReadOnlyList<string> Keys(string name) =>
                map?.Children.TryGetValue(new YamlScalarNode(name), out var node) == true && node is YamlMappingNode section
                    ? section.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty).ToArray()
                    : [];
            var descriptions = new[] { "topics", "intents" }
                .Select(name => map?.Children.TryGetValue(new YamlScalarNode(name), out var node) == true ? node as YamlMappingNode : null)
                .OfType<YamlMappingNode>().SelectMany(section => section.Children)
                .Where(p => p.Key is YamlScalarNode { Value: not null } && p.Value is YamlScalarNode { Value: not null })
                .GroupBy(p => ((YamlScalarNode)p.Key).Value!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => ((YamlScalarNode)g.First().Value).Value!, StringComparer.Ordinal);
            var labels = new LabelSet(Keys("topics"), Keys("intents")) { Descriptions = descriptions };
            if (labels.Topics.Count == 0 || labels.Intents.Count == 0)
            {
                problems.Add(new KnowledgeProblem(display, 1, "needs a 'topics' and an 'intents' section"));
            }

            return labels;
        }
        catch (YamlException ex)
        {
            problems.Add(new KnowledgeProblem(display, (int)ex.Start.Line, $"not valid YAML: {ex.Message}"));
            return new LabelSet([], []);
        }
    }

    private static List<Example> ReadExampleFile(string path, string display, string language, LabelSet labels, List<KnowledgeProblem> problems)
    {
        var examples = new List<Example>();
        YamlNode? root;
        try
        {
            root = Root(path);
        }
        catch (Exception ex) when (ex is YamlException or IOException or UnauthorizedAccessException)
        {
            var line = ex is YamlException y ? (int)y.Start.Line : 1;
            problems.Add(new KnowledgeProblem(display, line, $"cannot be read: {ex.Message}"));
            return examples;
        }

        if (root is not YamlMappingNode map || Child(map, "label") is not YamlScalarNode { Value: { Length: > 0 } label } labelNode)
        {
            problems.Add(new KnowledgeProblem(display, 1, "needs 'label: <a label from labels.yaml>'"));
            return examples;
        }

        if (!labels.IsKnown(label))
        {
            problems.Add(new KnowledgeProblem(display, Line(labelNode), $"unknown label '{label}' (not in {LanguageFolder}/{LabelsFile})"));
            return examples;
        }

        if (Child(map, "ratings") is YamlMappingNode ratings)
        {
            foreach (var (key, value) in ratings.Children)
            {
                if (key is not YamlScalarNode { Value: var levelText } || !int.TryParse(levelText, out var level) || level is < 1 or > 5)
                {
                    problems.Add(new KnowledgeProblem(display, Line(key), "a rating level must be 1 to 5"));
                    continue;
                }

                examples.AddRange(Texts(value, display, problems).Select(t => new Example(t.Text, label, language, display, t.Line, level)));
            }
        }
        else if (Child(map, "examples") is { } list)
        {
            examples.AddRange(Texts(list, display, problems).Select(t => new Example(t.Text, label, language, display, t.Line)));
        }
        else
        {
            problems.Add(new KnowledgeProblem(display, Line(map), "needs an 'examples' list (or 'ratings' by level)"));
        }

        return examples;
    }

    private static IEnumerable<(string Text, int Line)> Texts(YamlNode node, string display, List<KnowledgeProblem> problems)
    {
        if (node is not YamlSequenceNode sequence)
        {
            problems.Add(new KnowledgeProblem(display, Line(node), "expected a list of examples"));
            yield break;
        }

        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } text } && ExampleKey.Of(text).Length > 0)
            {
                yield return (text.Trim(), Line(item));
            }
            else
            {
                problems.Add(new KnowledgeProblem(display, Line(item), "an example must be a non-empty line of text"));
            }
        }
    }

    /// <summary>The same words under two labels teach the model nothing but doubt; a repeat under one label is noise.</summary>
    private static void ReportConflicts(List<Example> examples, List<KnowledgeProblem> problems)
    {
        var seen = new Dictionary<(string Language, string Key), Example>();
        foreach (var example in examples)
        {
            var key = (example.Language, ExampleKey.Of(example.Text));
            if (!seen.TryGetValue(key, out var first))
            {
                seen[key] = example;
                continue;
            }

            var where = $"{first.File}:{first.Line}";
            problems.Add(first.Label == example.Label && first.Rating == example.Rating
                ? new KnowledgeProblem(example.File, example.Line, $"'{example.Text}' repeats the example at {where}")
                : new KnowledgeProblem(example.File, example.Line,
                    $"'{example.Text}' is labelled {Describe(example)} here and {Describe(first)} at {where}"));
        }
    }

    private static string Describe(Example example) => example.Rating is { } r ? $"{example.Label} {r}" : example.Label;

    internal static YamlNode? Root(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static int Line(YamlNode node) => (int)node.Start.Line;

    internal static string Relative(string baseFolder, string path) =>
        Path.GetRelativePath(baseFolder, path).Replace('\\', '/');
}
