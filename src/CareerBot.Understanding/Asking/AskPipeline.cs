using CareerBot.Knowledge.Answers;
using CareerBot.Understanding.Interpreting;

namespace CareerBot.Understanding.Asking;

/// <summary>
/// A question answered the way <c>careerbot ask</c> and the question-level tests answer it: the earlier messages move
/// the context on by the advisor's rule, the question is read by the same understanding, and the career library
/// answers what was understood.
/// </summary>
public static class AskPipeline
{
    public static (Answer Answer, Interpretation Meaning) Answer(IKnowledgeBase knowledge, IInterpreter interpreter, Question question)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(interpreter);
        ArgumentNullException.ThrowIfNull(question);
        var context = ConversationContext.None;
        foreach (var earlier in question.Context ?? [])
        {
            context = ContextTracker.Advance(context, interpreter.Interpret(earlier, context));
        }

        var meaning = interpreter.Interpret(question.Text ?? string.Empty, context);
        // "thanks" or "hi" after a question asks for nothing: no career facts for it, only the honest decline.
        var asks = meaning.Intent is Intent.Question or Intent.FollowUp or Intent.Compare or Intent.ShowMore;
        var compares = ComparisonRequest.Applies(meaning);
        var request = asks
            ? new AnswerRequest(meaning.Career, meaning.Topic, meaning.Region, meaning.Occupation, question.Text, meaning.Language,
                compares ? null : meaning.AmbiguousCareers) { Alternatives = meaning.AlternativeCareers }
            : new AnswerRequest(null, null, meaning.Region, null, question.Text);
        return (knowledge.Ask(request), meaning);
    }

    /// <summary>The side-by-side answer when the question compares two or three careers, as the bot answers it; else null.</summary>
    public static Comparison? Compare(IKnowledgeBase knowledge, Interpretation meaning)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(meaning);
        return ComparisonRequest.Applies(meaning)
            ? knowledge.Compare(meaning.NamedCareers, meaning.Region, ComparisonRequest.Topic(meaning), meaning.Language)
            : null;
    }
}
