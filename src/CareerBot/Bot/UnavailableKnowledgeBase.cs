using CareerBot.Knowledge.Answers;

namespace CareerBot.Bot;

/// <summary>Stands in until the knowledge index is wired in: every question gets the same honest answer.</summary>
internal sealed class UnavailableKnowledgeBase : IKnowledgeBase
{
    public const string Message = "The career library is still loading.";

    public Answer Ask(Question question) => new(null, null, null, false, 0, Message, [], []);
}
