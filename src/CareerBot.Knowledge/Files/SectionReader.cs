namespace CareerBot.Knowledge.Files;

/// <summary>Splits the Markdown body into the 13 known level-2 sections, checking names and order.</summary>
internal static class SectionReader
{
    /// <param name="headings">The section headings of the file's language with their topics, in order (English by default).</param>
    public static IReadOnlyList<CareerSection> Read(
        IReadOnlyList<string> lines, int firstIndex, string path, List<KnowledgeProblem> problems,
        IReadOnlyList<(string Heading, string Topic)>? headings = null)
    {
        headings ??= KnowledgeTopics.Sections;
        var sections = new List<CareerSection>();
        string? heading = null, topic = null;
        var start = 0;
        var body = new List<string>();
        var lastOrder = -1;
        var inFence = false;

        void Flush()
        {
            if (topic is not null)
            {
                sections.Add(new CareerSection(topic, heading!, string.Join('\n', body).Trim(), start));
            }

            body.Clear();
        }

        for (var i = firstIndex; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            if (inFence || !line.StartsWith("## ", StringComparison.Ordinal))
            {
                body.Add(line);
                continue;
            }

            Flush();
            var name = line[3..].Trim().TrimEnd('#').Trim();
            var order = IndexOf(headings, name);
            if (order < 0)
            {
                problems.Add(new(path, i + 1, $"unknown section '{name}' (expected one of: {string.Join(", ", headings.Select(s => s.Heading))})"));
                heading = topic = null;
                continue;
            }

            if (order <= lastOrder)
            {
                problems.Add(new(path, i + 1, $"section '{name}' is out of order or repeated"));
                heading = topic = null;
                continue;
            }

            lastOrder = order;
            heading = headings[order].Heading;
            topic = headings[order].Topic;
            start = i + 1;
        }

        Flush();
        return sections;
    }

    private static int IndexOf(IReadOnlyList<(string Heading, string Topic)> headings, string name)
    {
        for (var i = 0; i < headings.Count; i++)
        {
            if (string.Equals(headings[i].Heading, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
