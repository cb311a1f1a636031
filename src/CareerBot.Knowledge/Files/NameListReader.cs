using CareerBot.Knowledge.Matching;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerBot.Knowledge.Files;

/// <summary>
/// Reads <c>language/&lt;lang&gt;/names/*.yaml</c> of every language into one <see cref="NameLists"/>, reporting each
/// problem as <c>file:line</c>: broken YAML, an unknown file, section or region, a name listed twice, a place that
/// names two regions, a job that is also a place or a covered career, a shortening with two meanings.
/// </summary>
internal static class NameListReader
{
    public const string NamesFolder = "names";

    private const string Regions = "regions.yaml";
    private const string Occupations = "occupations.yaml";
    private const string Shortenings = "shortenings.yaml";
    private const string JobOpeners = "job-openers.yaml";
    private const string TitleWordsFile = "title-words.yaml";

    private static readonly string[] KnownFiles = [Regions, Occupations, Shortenings, JobOpeners, TitleWordsFile];

    /// <param name="careerNames">The careers' titles and aliases: a job with no file must not share one.</param>
    public static NameLists Read(string knowledgeFolder, IEnumerable<(string Name, string CareerId)> careerNames, List<KnowledgeProblem> problems)
    {
        var files = new List<(string Path, string File)>();
        var languageRoot = Path.Combine(knowledgeFolder, "language");
        if (Directory.Exists(languageRoot))
        {
            foreach (var language in Directory.GetDirectories(languageRoot).Order(StringComparer.Ordinal))
            {
                var folder = Path.Combine(language, NamesFolder);
                if (Directory.Exists(folder))
                {
                    files.AddRange(Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(f => (f, Path.GetFileName(f))));
                }
            }
        }

        foreach (var (path, _) in files.Where(f => !KnownFiles.Contains(f.File)))
        {
            problems.Add(new(path, 1, $"unknown names file (expected one of {string.Join(", ", KnownFiles)})"));
        }

        var roots = files.Where(f => KnownFiles.Contains(f.File))
            .Select(f => (f.Path, f.File, Map: ReadMap(f.Path, problems)))
            .Where(f => f.Map is not null)
            .ToArray();

        // Shortenings first: every other name is compared in the words they produce.
        var shortenings = new Dictionary<string, (string Full, string Path, int Line)>(StringComparer.Ordinal);
        foreach (var (path, _, map) in roots.Where(r => r.File == Shortenings))
        {
            foreach (var (key, value) in map!.Children)
            {
                var (short_, full) = (Fold(Scalar(key)), Fold(Scalar(value)));
                if (short_.Length == 0 || full.Length == 0 || short_.Contains(' ') || full.Contains(' '))
                {
                    problems.Add(new(path, Line(key), "a shortening maps one word to one word ('tech: technician')"));
                }
                else if (shortenings.TryGetValue(short_, out var earlier) && earlier.Full != full)
                {
                    problems.Add(new(path, Line(key), $"'{short_}' already means '{earlier.Full}' ({Where(earlier.Path, earlier.Line)})"));
                }
                else
                {
                    shortenings.TryAdd(short_, (full, path, Line(key)));
                }
            }
        }

        var normalizer = new WordNormalizer(shortenings.ToDictionary(p => p.Key, p => p.Value.Full, StringComparer.Ordinal));
        string Key(string phrase) => string.Join(' ', normalizer.CanonicalWords(phrase));

        var regions = ReadRegions(roots.Where(r => r.File == Regions), problems);
        var placeKeys = regions.GroupBy(r => Key(r.Phrase)).ToDictionary(g => g.Key, g => g.First().Region, StringComparer.Ordinal);
        var careerKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, id) in careerNames)
        {
            careerKeys.TryAdd(Key(name), id);
        }

        var occupations = new List<string>();
        var seenJobs = new Dictionary<string, (string Path, int Line)>(StringComparer.Ordinal);
        foreach (var (path, _, map) in roots.Where(r => r.File == Occupations))
        {
            foreach (var (entry, line) in Sections(path, map!, ["jobs", "fields"], problems).SelectMany(s => s.Entries))
            {
                var key = Key(entry);
                if (key.Length == 0)
                {
                    continue;
                }

                if (careerKeys.TryGetValue(key, out var career))
                {
                    problems.Add(new(path, line, $"'{entry}' is a name of the covered career '{career}'; remove it here or there"));
                }
                else if (placeKeys.TryGetValue(key, out var region))
                {
                    problems.Add(new(path, line, $"'{entry}' is also a place in {region}; one name may mean one thing"));
                }
                else if (seenJobs.TryGetValue(key, out var first))
                {
                    // The same job in two languages' files is the same name, not a mistake.
                    if (first.Path == path)
                    {
                        ReportRepeat(path, line, entry, first, problems);
                    }
                }
                else
                {
                    seenJobs[key] = (path, line);
                    occupations.Add(entry);
                }
            }
        }

        var openers = new List<string>();
        var stopWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, _, map) in roots.Where(r => r.File == JobOpeners))
        {
            foreach (var (section, entries) in Sections(path, map!, ["openers", "stop-words"], problems))
            {
                foreach (var (entry, line) in Distinct(path, entries, Key, problems))
                {
                    if (section == "openers")
                    {
                        openers.Add(entry);
                    }
                    else
                    {
                        stopWords.Add(Key(entry));
                    }
                }
            }
        }

        var title = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["generic"] = new(StringComparer.Ordinal), ["job-nouns"] = new(StringComparer.Ordinal), ["vague-fields"] = new(StringComparer.Ordinal),
            ["not-names"] = new(StringComparer.Ordinal),
        };
        foreach (var (path, _, map) in roots.Where(r => r.File == TitleWordsFile))
        {
            foreach (var (section, entries) in Sections(path, map!, [.. title.Keys], problems))
            {
                title[section].UnionWith(Distinct(path, entries, Key, problems).Select(e => Key(e.Entry)));
            }
        }

        return new NameLists(
            regions,
            occupations,
            shortenings.ToDictionary(p => p.Key, p => p.Value.Full, StringComparer.Ordinal),
            openers,
            stopWords,
            new TitleWords(title["generic"], title["job-nouns"], title["vague-fields"]) { NotNames = title["not-names"] });
    }

    private static List<(string Region, string Phrase)> ReadRegions(IEnumerable<(string Path, string File, YamlMappingNode? Map)> files, List<KnowledgeProblem> problems)
    {
        var regions = new List<(string Region, string Phrase)>();
        var owners = new Dictionary<string, (string Region, string Path, int Line)>(StringComparer.Ordinal);
        foreach (var (path, _, map) in files)
        {
            foreach (var (region, entries) in Sections(path, map!, KnowledgeRegions.Places, problems))
            {
                foreach (var (entry, line) in entries)
                {
                    // Places are matched as typed (folded), not stemmed: "states" and "state" are different names.
                    var key = string.Join(' ', WordNormalizer.Plain.Tokenize(entry).Select(t => Fold(t.Raw)));
                    if (owners.TryGetValue(key, out var owner))
                    {
                        if (owner.Region != region)
                        {
                            problems.Add(new(path, line, $"'{entry}' names both {owner.Region} ({Where(owner.Path, owner.Line)}) and {region}"));
                        }
                        else if (owner.Path == path)
                        {
                            ReportRepeat(path, line, entry, (owner.Path, owner.Line), problems);
                        }

                        continue;
                    }

                    owners[key] = (region, path, line);
                    regions.Add((region, key));
                }
            }
        }

        return regions;
    }

    /// <summary>The entries of one list, the repeats reported and left out.</summary>
    private static IEnumerable<(string Entry, int Line)> Distinct(string path, IEnumerable<(string Entry, int Line)> entries, Func<string, string> key, List<KnowledgeProblem> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (entry, line) in entries)
        {
            if (seen.TryGetValue(key(entry), out var first))
            {
                ReportRepeat(path, line, entry, (path, first), problems);
            }
            else
            {
                seen[key(entry)] = line;
                yield return (entry, line);
            }
        }
    }

    /// <summary>The lists of a file by section name; an unknown section, or one that is not a list, is a problem.</summary>
    private static List<(string Section, List<(string Entry, int Line)> Entries)> Sections(
        string path, YamlMappingNode map, IReadOnlyList<string> known, List<KnowledgeProblem> problems)
    {
        var sections = new List<(string, List<(string, int)>)>();
        foreach (var (key, value) in map.Children)
        {
            var name = Scalar(key);
            if (!known.Contains(name))
            {
                problems.Add(new(path, Line(key), $"unknown section '{name}' (expected {string.Join(", ", known)})"));
            }
            else if (value is not YamlSequenceNode list)
            {
                problems.Add(new(path, Line(value), $"'{name}' must be a list of names"));
            }
            else
            {
                sections.Add((name, list.Children.Select(n => (Scalar(n).Trim(), Line(n))).Where(e => e.Item1.Length > 0).ToList()));
            }
        }

        return sections;
    }

    private static YamlMappingNode? ReadMap(string path, List<KnowledgeProblem> problems)
    {
        try
        {
            using var reader = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 0)
            {
                return new YamlMappingNode();
            }

            if (stream.Documents[0].RootNode is YamlMappingNode map)
            {
                return map;
            }

            problems.Add(new(path, 1, "expected sections ('name:' followed by a list)"));
        }
        catch (YamlException ex)
        {
            problems.Add(new(path, (int)Math.Max(1, ex.Start.Line), $"broken YAML: {ex.Message}"));
        }
        catch (IOException ex)
        {
            problems.Add(new(path, 1, $"cannot read file: {ex.Message}"));
        }

        return null;
    }

    private static void ReportRepeat(string path, int line, string entry, (string Path, int Line) first, List<KnowledgeProblem> problems) =>
        problems.Add(new(path, line, $"'{entry}' is listed twice: it reads the same as the name at line {first.Line} (case, accents, plurals and shortenings aside)"));

    /// <summary>"en/names/regions.yaml:12": enough to find the other file among the languages.</summary>
    private static string Where(string path, int line) =>
        $"{Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path)))}/{NamesFolder}/{Path.GetFileName(path)}:{line}";

    private static string Fold(string text) => TextFolding.Fold(text.Trim());

    private static string Scalar(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value ?? string.Empty : string.Empty;

    private static int Line(YamlNode node) => (int)Math.Max(1, node.Start.Line);
}
