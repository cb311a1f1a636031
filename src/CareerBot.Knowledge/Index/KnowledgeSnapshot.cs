using System.Collections.Concurrent;
using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Catalog;
using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Matching;

namespace CareerBot.Knowledge.Index;

/// <summary>One consistent, immutable view of the knowledge: files, index and lexicons built together and swapped as one.</summary>
internal sealed class KnowledgeSnapshot
{
    /// <summary>Profiles made on first use: the advisor asks for them on every answered message.</summary>
    private readonly ConcurrentDictionary<string, CareerProfile> profiles = new(StringComparer.Ordinal);

    private KnowledgeSnapshot(KnowledgeLoad load)
    {
        Load = load;
        Careers = load.Careers.ToDictionary(c => c.Id, StringComparer.Ordinal);
        Summaries = [.. load.Careers.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => new CareerSummary(c.Id, c.Title) { IsGuide = !c.FromCatalogue })];
        // The Lucene index serves only the nearest-name suggestions of a decline: it is built beside the name matcher,
        // on the other core, so the first answer does not wait for it.
        index = Task.Run(() =>
        {
            var built = new CareerIndex(load.Careers, load.Synonyms);

            // Building the snapshot of a whole catalogue churns through hundreds of MB that are garbage once it is
            // built: give them back to the system now, rather than carry them as the process's resident size. A
            // folder of a few guides leaves too little to be worth a full collection.
            if (load.Careers.Any(c => c.FromCatalogue))
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
            return built;
        });
        var normalizer = new WordNormalizer(load.Names.Shortenings);
        Reader = new NameReader(
            new CareerLexicon(load.Careers, load.Synonyms, load.Names.Titles, normalizer),
            new RegionDetector(load.Names.Regions),
            new OtherOccupations(load.Names, normalizer),
            normalizer);
        Composer = new AnswerComposer(this);
    }

    public KnowledgeLoad Load { get; }

    public IReadOnlyDictionary<string, CareerFile> Careers { get; }

    /// <summary>Every career, in id order.</summary>
    public IReadOnlyList<CareerSummary> Summaries { get; }

    private readonly Task<CareerIndex> index;

    public CareerIndex Index => index.GetAwaiter().GetResult();

    public NameReader Reader { get; }

    /// <summary>Answers from this snapshot; stateless between questions, so one serves every turn.</summary>
    public AnswerComposer Composer { get; }

    /// <summary>The career's profile (steps and education as plain text), or null when no career has this id.</summary>
    public CareerProfile? Profile(string id) =>
        Careers.TryGetValue(id, out var career) ? profiles.GetOrAdd(id, _ => ToProfile(career)) : null;

    public static KnowledgeSnapshot Build(KnowledgeLoad load)
    {
        ArgumentNullException.ThrowIfNull(load);
        return new KnowledgeSnapshot(load);
    }

    private static CareerProfile ToProfile(CareerFile career)
    {
        string Plain(string topic) => career.Section(topic) is { } s ? MarkdownText.ToPlain(s.Markdown) : string.Empty;
        return new CareerProfile(career.Id, career.Title, career.Aliases, career.Fit, career.Related,
            Plain(KnowledgeTopics.Steps), Plain(KnowledgeTopics.Education))
        {
            Soc = career.Soc,
            Noc = career.Noc,
            FromCatalogue = career.FromCatalogue,
            EducationPath = ProfileLines.EducationPath(career.Section(KnowledgeTopics.Education)),
            SimilarReasons = ProfileLines.SimilarReasons(career.Section(KnowledgeTopics.Similar)),
            Translations = career.Translations.Values
                .Where(t => t.Fit.Count == career.Fit.Count)
                .ToDictionary(t => t.Language, t => new TranslatedProfile(t.Title,
                    [.. career.Fit.Select(english => t.Fit.First(f => f.Trait == english.Trait) with { Weight = english.Weight })])
                {
                    Steps = t.Section(KnowledgeTopics.Steps) is { } steps ? MarkdownText.ToPlain(steps.Markdown) : string.Empty,
                    EducationPath = ProfileLines.EducationPath(t.Section(KnowledgeTopics.Education)),
                    SimilarReasons = ProfileLines.SimilarReasons(t.Section(KnowledgeTopics.Similar)),
                }),
        };
    }
}
