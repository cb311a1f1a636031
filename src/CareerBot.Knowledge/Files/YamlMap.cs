using YamlDotNet.RepresentationModel;

namespace CareerBot.Knowledge.Files;

/// <summary>Typed reads from a YAML mapping that keep the file line of every value for problem reports.</summary>
internal sealed class YamlMap(YamlMappingNode node, int lineOffset)
{
    public int Line => ToFileLine(node);

    public int ToFileLine(YamlNode n) => (int)n.Start.Line + lineOffset;

    public YamlNode? Node(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public int LineOf(string key)
    {
        foreach (var pair in node.Children)
        {
            if (pair.Key is YamlScalarNode { Value: var k } && k == key)
            {
                return ToFileLine(pair.Key);
            }
        }

        return Line;
    }

    /// <summary>A non-empty scalar value, or null when the key is missing, empty or not a scalar.</summary>
    public string? Text(string key) =>
        Node(key) is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>A list of scalars; a single scalar counts as a list of one.</summary>
    public IReadOnlyList<(string Value, int Line)> Strings(string key) => Node(key) switch
    {
        YamlSequenceNode seq => seq.Children
            .OfType<YamlScalarNode>()
            .Where(s => !string.IsNullOrWhiteSpace(s.Value))
            .Select(s => (s.Value!.Trim(), ToFileLine(s)))
            .ToArray(),
        YamlScalarNode { Value: { } v } when !string.IsNullOrWhiteSpace(v) => [(v.Trim(), ToFileLine(node))],
        _ => [],
    };

    /// <summary>The mapping items of a sequence; non-mapping items come back as null with their line.</summary>
    public IReadOnlyList<(YamlMap? Item, int Line)> Items(string key) => Node(key) switch
    {
        YamlSequenceNode seq => seq.Children
            .Select(c => (c is YamlMappingNode m ? new YamlMap(m, lineOffset) : null, ToFileLine(c)))
            .ToArray(),
        _ => [],
    };
}
