using CareerBot.Knowledge;
using CareerBot.Knowledge.Answers;
using CareerBot.Understanding.Interpreting;

namespace CareerBot.Cli;

/// <summary>
/// What <c>ask</c> answers: the question is read by the same understanding the bot uses, with its earlier messages
/// moving the context on by the same rule, then answered from the career library.
/// </summary>
internal static class AskPipeline
{
    public static (Answer Answer, Interpretation Meaning) Answer(KnowledgeBase knowledge, IInterpreter interpreter, Question question)
    {
        var context = ConversationContext.None;
        foreach (var earlier in question.Context ?? [])
        {
            context = ContextTracker.Advance(context, interpreter.Interpret(earlier, context));
        }

        var meaning = interpreter.Interpret(question.Text, context);
        var topic = meaning.Intent is Intent.Question or Intent.FollowUp or Intent.Compare or Intent.ShowMore
            ? meaning.Topic
            : null;
        return (knowledge.Ask(new AnswerRequest(meaning.Career, topic, meaning.Region, meaning.Occupation, question.Text)), meaning);
    }
}
