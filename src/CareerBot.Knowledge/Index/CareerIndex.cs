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

    public CareerIndex(IReadOnlyList<CareerFile> careers, SynonymRules synonyms)
    {
        ArgumentNullException.ThrowIfNull(careers);
        ArgumentNullException.ThrowIfNull(synonyms);
        analyzer = new KnowledgeAnalyzer(KnowledgeAnalyzer.BuildSynonyms(synonyms.Text));
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(KnowledgeAnalyzer.Version, analyzer)))
        {
            foreach (var career in careers)
            {
                var names = string.Join(" . ", career.Aliases.Prepend(career.Title));
                foreach (var section in career.Sections.Where(s => s.Topic != KnowledgeTopics.Sources))
                {
                    var doc = new Document
                    {
                        new StringField("career", career.Id, Field.Store.YES),
                        new StringField("topic", section.Topic, Field.Store.YES),
                        new TextField("names", names, Field.Store.NO),
                        new TextField("text", section.Heading + " . " + MarkdownText.ToPlain(section.Markdown), Field.Store.NO),
                    };
                    writer.AddDocument(doc);
                }
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    public int DocumentCount => reader.NumDocs;

    /// <summary>Ranks sections by the question's words; limited to one career when <paramref name="career"/> is given.</summary>
    public IReadOnlyList<SectionHit> Search(string text, string? career, int max, bool matchNames = false)
    {
        var terms = analyzer.Terms(text, MaxQueryTerms);
        if (terms.Count == 0)
        {
            return [];
        }

        var words = new BooleanQuery();
        foreach (var term in terms)
        {
            words.Add(new TermQuery(new Term("text", term)), Occur.SHOULD);
            if (matchNames)
            {
                words.Add(new TermQuery(new Term("names", term)) { Boost = 2f }, Occur.SHOULD);
            }
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
        return top.ScoreDocs
            .Select(d => (Doc: searcher.Doc(d.Doc), d.Score))
            .Select(x => new SectionHit(x.Doc.Get("career"), x.Doc.Get("topic"), x.Score))
            .ToArray();
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }
}
