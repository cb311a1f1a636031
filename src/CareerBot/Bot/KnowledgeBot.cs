using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using CareerBot.Knowledge.Answers;

namespace CareerBot.Bot;

/// <summary>Until the dialogs exist: welcomes new members and answers each message from the career library.</summary>
public sealed class KnowledgeBot : IBot
{
    public const string Welcome =
        "Hi, I'm CareerBot. Ask me about a career: what the work is, the education and experience it takes, " +
        "salaries, employers, steps to get there and similar careers. I answer from our career library and say where each fact comes from.";

    public const string EmptyMessageReply = "Ask me a question about a career, for example \"What does an IT service manager do?\"";

    /// <summary>Longer questions are cut: nobody types a career question this long, and search cost grows with length.</summary>
    public const int MaxQuestionLength = 1_000;

    private readonly IKnowledgeBase _knowledge;
    private readonly ConversationHistory _history;

    public KnowledgeBot(IKnowledgeBase knowledge, ConversationHistory history)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(history);
        _knowledge = knowledge;
        _history = history;
    }

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Type switch
        {
            ActivityTypes.Message => AnswerAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => WelcomeAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        if (activity.MembersAdded?.Any(m => m.Id is not null && m.Id != botId) == true)
        {
            await turnContext.SendActivityAsync(Welcome, cancellationToken: cancellationToken);
        }
    }

    private async Task AnswerAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            await turnContext.SendActivityAsync(EmptyMessageReply, cancellationToken: cancellationToken);
            return;
        }

        var question = text.Length > MaxQuestionLength ? text[..MaxQuestionLength] : text;
        var conversationId = turnContext.Activity.Conversation!.Id!;
        var answer = _knowledge.Ask(new Question(question, _history.Recent(conversationId)));
        _history.Add(conversationId, question);
        await turnContext.SendActivityAsync(AnswerText.Format(answer), cancellationToken: cancellationToken);
    }
}
