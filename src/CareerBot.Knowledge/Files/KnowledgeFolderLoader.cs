using CareerBot.Knowledge.Occupations;
using CareerBot.Knowledge.Pages;

namespace CareerBot.Knowledge.Files;

/// <summary>
/// Loads and validates a knowledge folder (<c>careers/*.md</c>, <c>synonyms.txt</c> and <c>language/*/names/*.yaml</c>).
/// A broken file is reported and left out (or replaced by its last good version); it never throws for bad content.
/// </summary>
public static class KnowledgeFolderLoader
{
    /// <summary>The official occupation catalogue inside a knowledge folder.</summary>
    public const string CatalogueFolder = "catalogue";

    public static KnowledgeLoad Load(string folder, IReadOnlyList<CareerFile>? lastGood = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var problems = new List<KnowledgeProblem>();
        var careersFolder = Path.Combine(folder, "careers");
        if (!Directory.Exists(careersFolder))
        {
            problems.Add(new(careersFolder, 0, "folder not found (expected a knowledge folder with a careers/ folder inside)"));
            return new KnowledgeLoad(folder, [], SynonymRules.Empty, problems);
        }

        string[] files;
        try
        {
            files = [.. Directory.EnumerateFiles(careersFolder, "*.md").Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The folder vanished or was locked between the check and the listing: report it, keep going.
            problems.Add(new(careersFolder, 0, $"cannot list folder: {ex.Message}"));
            return new KnowledgeLoad(folder, [], SynonymRules.Empty, problems);
        }

        // Files parse independently; with hundreds of careers the cores share the work.
        var parsed = files.AsParallel().AsOrdered().Select(ParseFile).ToList();
        CheckAcrossFiles(parsed, problems);
        problems.InsertRange(0, parsed.SelectMany(p => p.Problems));

        var careers = new List<CareerFile>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var broken = problems.Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        foreach (var file in parsed)
        {
            var good = file.IsGood && !broken.Contains(file.Path) ? file.Career
                : lastGood?.FirstOrDefault(c => PathsEqual(c.Path, file.Path));
            if (good is not null && ids.Add(good.Id))
            {
                careers.Add(good);
            }
        }

        AttachTranslations(careersFolder, careers, problems);
        var synonyms = LoadSynonyms(Path.Combine(folder, "synonyms.txt"), problems);
        var careerNames = careers.SelectMany(c => c.Aliases.Append(c.Title).Select(n => (n, c.Id)));
        var names = NameListReader.Read(folder, careerNames, problems);
        var blocking = new List<KnowledgeProblem>();
        return new KnowledgeLoad(folder, WithCatalogue(folder, careers, problems, blocking), synonyms, problems) { Names = names, Blocking = blocking };
    }

    /// <summary>
    /// The guides plus a page for every occupation of <c>catalogue/</c>, when the folder has one (a school may run
    /// with its own guides only). A broken or missing catalogue file is reported as <c>file:line</c> and blocks the load:
    /// with rows left out, a student would be told a job is unknown or read another's figures.
    /// </summary>
    private static IReadOnlyList<CareerFile> WithCatalogue(string folder, List<CareerFile> guides, List<KnowledgeProblem> problems, List<KnowledgeProblem> blocking)
    {
        var catalogueFolder = Path.Combine(folder, CatalogueFolder);
        if (!Directory.Exists(catalogueFolder))
        {
            return guides;
        }

        var load = OccupationCatalogue.Load(catalogueFolder);
        problems.AddRange(load.Problems);
        blocking.AddRange(load.Problems);
        var english = CatalogueWordsReader.Read(folder, "en", problems);
        var french = CatalogueWordsReader.Read(folder, "fr", problems);
        problems.AddRange(CatalogueWordsReader.Missing(english, french).Concat(CatalogueWordsReader.Missing(french, english)));
        var codes = load.Catalogue.Occupations.Select(o => o.OnetSoc).ToHashSet(StringComparer.Ordinal);
        var names = StudentNamesReader.Read(folder, codes, problems);
        var frenchTitles = DisplayTitlesReader.Read(folder, "fr", codes, problems);
        return CatalogueCareers.Build(load.Catalogue, guides, english, french, Path.Combine(catalogueFolder, "occupations.tsv"), names, frenchTitles);
    }

    private static ParsedCareerFile ParseFile(string file)
    {
        try
        {
            return CareerFileParser.Parse(file, File.ReadAllBytes(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ParsedCareerFile(file, null, 1, null, [new KnowledgeProblem(file, 1, $"cannot read file: {ex.Message}")]);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser bug must cost one file, never the whole folder.
            return new ParsedCareerFile(file, null, 1, null, [new KnowledgeProblem(file, 1, $"cannot parse file ({ex.GetType().Name})")]);
        }
    }

    private static void CheckAcrossFiles(List<ParsedCareerFile> parsed, List<KnowledgeProblem> problems)
    {
        var firstById = new Dictionary<string, ParsedCareerFile>(StringComparer.Ordinal);
        foreach (var file in parsed.Where(p => p.Id is not null))
        {
            if (!firstById.TryAdd(file.Id!, file))
            {
                problems.Add(new(file.Path, file.IdLine, $"duplicate id '{file.Id}' (also used by {firstById[file.Id!].Path})"));
            }
        }

        // A name shared by two careers could never be told apart in a question.
        var firstByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in parsed.Where(p => p.Id is not null))
        {
            foreach (var (name, line) in file.NameLines.Where(n => n.Name.Length > 0).DistinctBy(n => n.Name, StringComparer.OrdinalIgnoreCase))
            {
                if (firstByName.TryGetValue(name, out var owner) && owner != file.Id)
                {
                    problems.Add(new(file.Path, line, $"alias '{name}' is also a name of '{owner}'; each name may belong to one career"));
                }
                else
                {
                    firstByName.TryAdd(name, file.Id!);
                }
            }
        }

        foreach (var file in parsed)
        {
            foreach (var (id, line) in file.RelatedLines.Where(r => !firstById.ContainsKey(r.Id)))
            {
                problems.Add(new(file.Path, line, $"related career '{id}' has no file (expected careers/{id}.md)"));
            }
        }
    }

    /// <summary>
    /// Reads careers/{language}/*.md (a two-letter folder per language) and gives each career its translations. A
    /// translation of no career, or whose fit traits are not the English file's, is reported and left out.
    /// </summary>
    private static void AttachTranslations(string careersFolder, List<CareerFile> careers, List<KnowledgeProblem> problems)
    {
        foreach (var languageFolder in Directory.EnumerateDirectories(careersFolder).Order(StringComparer.Ordinal))
        {
            var language = Path.GetFileName(languageFolder);
            if (language.Length != 2)
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(languageFolder, "*.md").Order(StringComparer.Ordinal))
            {
                byte[] bytes;
                try
                {
                    bytes = File.ReadAllBytes(file);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    problems.Add(new(file, 1, $"cannot read file: {ex.Message}"));
                    continue;
                }

                if (TranslationFileParser.Parse(file, language, bytes, problems) is not { } translation)
                {
                    continue;
                }

                var index = careers.FindIndex(c => c.Id == translation.Id);
                if (index < 0)
                {
                    problems.Add(new(file, 2, $"translates '{translation.Id}', which has no career file (expected careers/{translation.Id}.md)"));
                    continue;
                }

                var english = careers[index].Fit.Select(t => t.Trait).Order(StringComparer.Ordinal);
                if (translation.Fit.Count > 0 && !english.SequenceEqual(translation.Fit.Select(t => t.Trait).Order(StringComparer.Ordinal)))
                {
                    problems.Add(new(file, 2, $"its fit traits are not those of careers/{translation.Id}.md"));
                    continue;
                }

                var differences = TranslationFacts.Differences(careers[index], translation, Utf8Text.Lines(bytes)).ToList();
                if (differences.Count > 0)
                {
                    problems.AddRange(differences);
                    continue;
                }

                // A group with no translated name is reported, and shown under its English name meanwhile.
                problems.AddRange(TranslationFacts.GroupNames(careers[index], translation));
                var translations = new Dictionary<string, CareerTranslation>(careers[index].Translations) { [language] = translation };
                careers[index] = careers[index] with { Translations = translations };
            }
        }
    }

    private static SynonymRules LoadSynonyms(string path, List<KnowledgeProblem> problems)
    {
        if (!File.Exists(path))
        {
            return SynonymRules.Empty;
        }

        try
        {
            if (!Utf8Text.TryDecode(File.ReadAllBytes(path), out var text, out var badLine))
            {
                problems.Add(new(path, badLine, "file is not UTF-8 text"));
                return SynonymRules.Empty;
            }

            return SynonymRules.Parse(text, path, problems);
        }
        catch (IOException ex)
        {
            problems.Add(new(path, 1, $"cannot read file: {ex.Message}"));
            return SynonymRules.Empty;
        }
    }

    private static bool PathsEqual(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
