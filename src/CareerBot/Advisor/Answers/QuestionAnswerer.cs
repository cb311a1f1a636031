using CareerBot.Advisor.Replies;
using CareerBot.BotFramework.Turns;
using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Catalog;

namespace CareerBot.Advisor.Answers;

/// <summary>
/// Answers a question from the career library with the conversation's recent questions as context, so follow-ups
/// ("and in Alberta?", "what do they do all day?") stay on the career being discussed; then remembers it.
/// </summary>
public sealed class QuestionAnswerer
{
    public const int NextQuestionsShown = 3;

    private readonly IKnowledgeBase _knowledge;
    private readonly ICareerCatalog _catalog;
    private readonly AdvisorState _state;

    public QuestionAnswerer(IKnowledgeBase knowledge, ICareerCatalog catalog, AdvisorState state)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(state);
        _knowledge = knowledge;
        _catalog = catalog;
        _state = state;
    }

    /// <summary>What the library says to <paramref name="text"/> in this conversation, without replying yet.</summary>
    public async Task<Answer> AskAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(text);
        var memory = await _state.MemoryAsync(turnContext, cancellationToken);
        return _knowledge.Ask(new Question(text, memory.RecentQuestions));
    }

    /// <summary>Sends the answer (with next-question buttons when <paramref name="offerNextQuestions"/>) and remembers the question.</summary>
    public async Task ReplyAsync(
        ITurnContext turnContext, string text, Answer answer, bool offerNextQuestions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(answer);
        var memory = await _state.MemoryAsync(turnContext, cancellationToken);
        if (answer.Career is null && !answer.Answered)
        {
            // The student moved to something the library does not cover: a later "they" must not fall back to an older career.
            memory.Clear();
        }

        memory.Remember(text, answer.Career, answer.Region);
        var buttons = offerNextQuestions ? NextQuestions(answer) : [];
        await turnContext.SendActivityAsync(AnswerReply.Create(turnContext.Activity, answer, buttons), cancellationToken);
    }

    public async Task AnswerAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var answer = await AskAsync(turnContext, text, cancellationToken);
        await ReplyAsync(turnContext, text, answer, offerNextQuestions: true, cancellationToken);
    }

    /// <summary>After an answer, two follow-ups and the fit check for that career; after a decline, the did-you-mean suggestions.</summary>
    private List<Button> NextQuestions(Answer answer)
    {
        if (answer.Answered && answer.Career is { } careerId && _catalog.FindCareer(careerId) is { Fit.Count: > 0 } career)
        {
            return [.. answer.Suggestions.Take(NextQuestionsShown - 1).Select(s => new Button(s)), new($"Am I a good fit for {career.Title}?")];
        }

        return answer.Suggestions.Take(NextQuestionsShown).Select(s => new Button(s)).ToList();
    }
}
