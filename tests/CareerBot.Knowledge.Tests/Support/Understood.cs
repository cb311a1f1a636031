using CareerBot.Knowledge.Answers;
using CareerBot.Understanding.Asking;
using CareerBot.Understanding.Corpus;
using CareerBot.Understanding.Interpreting;
using CareerBot.Understanding.Learning;

namespace CareerBot.Knowledge.Tests.Support;

/// <summary>
/// Questions asked the way students ask them: read by the understanding trained on the shipped corpus, answered by
/// the knowledge base under test. The models read masked names, so they serve a throw-away folder's careers too.
/// </summary>
public static class Understood
{
    private static readonly Lazy<UnderstandingModel> Model = new(Train);

    public static Answer Ask(KnowledgeBase knowledge, string text, params string[] context) =>
        AskPipeline.Answer(knowledge, new Interpreter(() => Model.Value, knowledge), new Question(text, context)).Answer;

    private static UnderstandingModel Train()
    {
        using var shipped = new KnowledgeBase(RepositoryPaths.Knowledge, watchForChanges: false);
        return UnderstandingModel.Train(CorpusLoader.Load(RepositoryPaths.Knowledge), shipped.FindMentions);
    }
}
