using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace CareerBot.Knowledge.Index;

/// <summary>English analysis with the knowledge folder's synonyms, used for both indexing and questions.</summary>
internal sealed class KnowledgeAnalyzer(SynonymMap? synonyms) : Analyzer
{
    /// <summary>Pinned so an upgrade of the package never silently changes how text is analysed.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        if (synonyms is not null)
        {
            stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
        }

        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /// <summary>Builds the synonym map from Solr-format text; null when there are no rules.</summary>
    public static SynonymMap? BuildSynonyms(string solrText)
    {
        if (string.IsNullOrWhiteSpace(solrText))
        {
            return null;
        }

        using var plain = NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(Version, tokenizer));
        });
        try
        {
            var parser = new SolrSynonymParser(dedup: true, expand: true, plain);
            parser.Parse(new StringReader(solrText));
            return parser.Build();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or IOException)
        {
            // The loader already reported the bad line; search still works without synonyms.
            return null;
        }
    }

    /// <summary>The analysed terms of a text, distinct and capped, so any input makes a small query.</summary>
    public IReadOnlyList<string> Terms(string text, int max)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (terms.Count < max && stream.IncrementToken())
        {
            var value = term.ToString();
            if (!terms.Contains(value))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }
}
