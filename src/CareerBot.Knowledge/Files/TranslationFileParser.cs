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
        return problems.Count > before || id is null || title is null ? null : new CareerTranslation(path, language, id, title, fit, sections);
    }
}
