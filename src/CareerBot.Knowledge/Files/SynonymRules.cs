namespace CareerBot.Knowledge.Files;

/// <summary>The Solr-format synonym file: its raw text for the analyzer and its groups for the detectors.</summary>
public sealed record SynonymRules(string Text, IReadOnlyList<IReadOnlyList<string>> Groups)
{
    public static SynonymRules Empty { get; } = new(string.Empty, []);

    /// <summary>Parses the lines; a group is the words of one line, both sides of "=>" included.</summary>
    public static SynonymRules Parse(string text, string path, List<KnowledgeProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = new List<IReadOnlyList<string>>();
        var kept = new List<string>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var sides = line.Split("=>");
            if (sides.Length > 2 || sides.Any(s => Words(s).Count == 0))
            {
                problems.Add(new(path, i + 1, "bad synonym rule: write 'a, b, c' or 'a, b => c'"));
                continue;
            }

            groups.Add(sides.SelectMany(Words).Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
            kept.Add(line);
        }

        return new SynonymRules(string.Join('\n', kept), groups);
    }

    private static List<string> Words(string side) =>
        side.Split(',').Select(w => w.Trim().Replace("\\", string.Empty)).Where(w => w.Length > 0).ToList();
}
