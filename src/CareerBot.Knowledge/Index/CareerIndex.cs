using CareerBot.Knowledge.Files;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace CareerBot.Knowledge.Index;

/// <summary>
/// An immutable in-memory Lucene index with one document per career section.
/// Queries are built in code from analysed terms, so user text is never read as query syntax.
/// </summary>
internal sealed class CareerIndex : IDisposable
{
    private const int MaxQueryTerms = 48;
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly KnowledgeAnalyzer analyzer;
    private readonly KnowledgeAnalyzer plainAnalyzer;
    private readonly string[] careerOf;
    private readonly string[] topicOf;

    // Most chat ("hi there", "yes", "Alice") shares no word with any career name: knowing every indexed term lets
    // such a search answer "nothing" without building and scoring a Lucene query.
    private readonly HashSet<string> nameTerms;
    private readonly HashSet<string> textTerms;

    // Did-you-mean runs for every message that is not a career question ("hi there", "yes"); the same few recur.
    private readonly Matching.BoundedCache<(string Text, int Max), IReadOnlyList<string>> names = new(1024);

    // The index never changes, so a search is a pure function of its arguments; follow-ups repeat the same few.
    private readonly Matching.BoundedCache<(string Text, string? Career, int Max), IReadOnlyList<SectionHit>> searches = new(1024);

    public CareerIndex(IReadOnlyList<CareerFile> careers, SynonymRules synonyms)
    {
        ArgumentNullException.ThrowIfNull(careers);
        ArgumentNullException.ThrowIfNull(synonyms);
        // Synonyms are expanded in the question, not the sections: "make => salary" is true of how students ask,
        // not of every "make" in a career file, and indexing without the synonym filter is much faster.
        analyzer = new KnowledgeAnalyzer(KnowledgeAnalyzer.BuildSynonyms(synonyms.Text));
        plainAnalyzer = new KnowledgeAnalyzer(synonyms: null);
        var config = new IndexWriterConfig(KnowledgeAnalyzer.Version, plainAnalyzer)
        {
            // Built once in memory and never updated: one large buffer and no merging or compound files.
            RAMBufferSizeMB = 64,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
            UseCompoundFile = false,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            // IndexWriter takes documents from several threads at once; a thousand careers index in about half the time.
            var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) };
            Parallel.ForEach(careers, options, career => AddCareer(writer, career));
            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);

        // The index never changes, so each document's career and topic are read once here, not per search.
        careerOf = new string[reader.MaxDoc];
        topicOf = new string[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var stored = reader.Document(doc);
            careerOf[doc] = stored.Get("career");
            topicOf[doc] = stored.Get("topic");
        }

        nameTerms = FieldTerms(reader, "names");
        textTerms = FieldTerms(reader, "text");
    }

    private static void AddCareer(IndexWriter writer, CareerFile career)
    {
        if (career.FromCatalogue)
        {
            // A catalogue page is written from facts the advisor answers by topic; what is searched is its names,
            // English and French, one document per occupation.
            writer.AddDocument(new Document
            {
                new StringField("career", career.Id, Field.Store.YES),
                new StringField("topic", KnowledgeTopics.Overview, Field.Store.YES),
                new TextField("names", string.Join(" . ", career.Titles.Prepend(career.Title).Distinct(StringComparer.OrdinalIgnoreCase)), Field.Store.NO),
            });
            return;
        }

        var names = string.Join(" . ", career.Aliases.Concat(career.Titles).Prepend(career.Title));
        foreach (var section in career.Sections.Where(s => s.Topic != KnowledgeTopics.Sources))
        {
            writer.AddDocument(new Document
            {
                new StringField("career", career.Id, Field.Store.YES),
                new StringField("topic", section.Topic, Field.Store.YES),
                new TextField("names", names, Field.Store.NO),
                new TextField("text", section.Heading + " . " + MarkdownText.ToPlain(section.Markdown), Field.Store.NO),
            });
        }
    }

    /// <summary>Ranks sections by the question's words; limited to one career when <paramref name="career"/> is given.</summary>
    public IReadOnlyList<SectionHit> Search(string text, string? career, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return searches.GetOrAdd((text, career, max), key => SearchUncached(key.Text, key.Career, key.Max));
    }

    private IReadOnlyList<SectionHit> SearchUncached(string text, string? career, int max)
    {
        var terms = analyzer.Terms(text, MaxQueryTerms);
        if (!terms.Any(textTerms.Contains))
        {
            return [];
        }

        var words = new BooleanQuery();
        foreach (var term in terms)
        {
            words.Add(new TermQuery(new Term("text", term)), Occur.SHOULD);
        }

        Query query = words;
        if (career is not null)
        {
            query = new BooleanQuery
            {
                { new TermQuery(new Term("career", career)), Occur.MUST },
                { words, Occur.MUST },
            };
        }

        var top = searcher.Search(query, max);
        return top.ScoreDocs.Select(d => new SectionHit(careerOf[d.Doc], topicOf[d.Doc], d.Score)).ToArray();
    }

    /// <summary>Careers whose names share words with the text (for did-you-mean), best first.</summary>
    public IReadOnlyList<string> SearchNames(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return names.GetOrAdd((text, max), key => SearchNamesUncached(key.Text, key.Max));
    }

    private IReadOnlyList<string> SearchNamesUncached(string text, int max)
    {
        var terms = plainAnalyzer.Terms(text, MaxQueryTerms);
        if (!terms.Any(nameTerms.Contains))
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term("names", term)), Occur.SHOULD);
        }

        // Every section of a career repeats its names, so ask for enough hits to see several careers.
        var top = searcher.Search(query, max * KnowledgeTopics.Answerable.Count);
        return top.ScoreDocs.Select(d => careerOf[d.Doc]).Distinct().Take(max).ToArray();
    }

    private static HashSet<string> FieldTerms(IndexReader reader, string field)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (MultiFields.GetTerms(reader, field) is { } terms)
        {
            var each = terms.GetEnumerator();
            while (each.MoveNext())
            {
                found.Add(each.Term.Utf8ToString());
            }
        }

        return found;
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
        plainAnalyzer.Dispose();
    }
}
