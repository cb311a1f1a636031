using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Understanding;

namespace CareerBot.Knowledge.Index;

/// <summary>One consistent, immutable view of the knowledge: files, index and lexicons built together and swapped as one.</summary>
internal sealed class KnowledgeSnapshot
{
    private KnowledgeSnapshot(KnowledgeLoad load)
    {
        Load = load;
        Careers = load.Careers.ToDictionary(c => c.Id, StringComparer.Ordinal);
        Index = new CareerIndex(load.Careers, load.Synonyms);
        Reader = new QuestionReader(new CareerLexicon(load.Careers, load.Synonyms), new TopicLexicon(load.Synonyms));
        Composer = new AnswerComposer(this);
    }

    public KnowledgeLoad Load { get; }

    public IReadOnlyDictionary<string, CareerFile> Careers { get; }

    public CareerIndex Index { get; }

    public QuestionReader Reader { get; }

    /// <summary>Answers from this snapshot; stateless between questions, so one serves every turn.</summary>
    public AnswerComposer Composer { get; }

    public static KnowledgeSnapshot Build(KnowledgeLoad load)
    {
        ArgumentNullException.ThrowIfNull(load);
        return new KnowledgeSnapshot(load);
    }
}
