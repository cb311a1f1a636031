namespace CareerBot.Knowledge.Files;

/// <summary>Parses one career file and checks every single-file rule; never throws for bad content.</summary>
public static class CareerFileParser
{
    public static ParsedCareerFile Parse(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(bytes);
        var problems = new List<KnowledgeProblem>();
        if (!Utf8Text.TryDecode(bytes, out var text, out var badLine))
        {
            return Broken(path, new(path, badLine, "file is not UTF-8 text"));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Broken(path, new(path, 1, "file is empty"));
        }

        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var close = FrontMatterSplitter.FindClosingLine(lines, out var splitProblem);
        if (splitProblem is not null)
        {
            return Broken(path, new(path, close < 0 ? 1 : close + 1, splitProblem));
        }

        var yaml = string.Join('\n', lines[1..close]);
        var front = FrontMatterReader.Read(yaml, firstLine: 2, path, problems);
        var sections = SectionReader.Read(lines, close + 1, path, problems);
        if (front is null)
        {
            return new ParsedCareerFile(path, null, 1, null, problems);
        }

        var fileId = System.IO.Path.GetFileNameWithoutExtension(path);
        if (front.Id is not null && front.Id != fileId)
        {
            problems.Add(new(path, front.IdLine, $"id '{front.Id}' does not match the file name '{fileId}.md'"));
        }

        if (sections.Count == 0)
        {
            problems.Add(new(path, close + 1, "no sections: the body needs '## Overview' and the other section headings"));
        }

        CareerFile? career = front.Id is null || front.Title is null
            ? null
            : new CareerFile(path, front.Id, front.Title, front.Aliases.Select(a => a.Value).ToArray(), front.Noc, front.Soc,
                front.Related.Select(r => r.Id).ToArray(), front.Salary, front.Fit, front.Sources, sections);
        return new ParsedCareerFile(path, front.Id, front.IdLine, career, problems) { RelatedLines = front.Related, NameLines = front.Aliases.Prepend((front.Title ?? string.Empty, front.TitleLine)).ToArray() };
    }

    private static ParsedCareerFile Broken(string path, KnowledgeProblem problem) =>
        new(path, null, 1, null, [problem]);
}
