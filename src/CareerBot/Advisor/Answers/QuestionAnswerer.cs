using CareerBot.Advisor.Replies;
using CareerBot.BotFramework.Turns;
using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Catalog;
using CareerBot.Knowledge.Files;
using CareerBot.Rendering;
using CareerBot.Understanding.Interpreting;

namespace CareerBot.Advisor.Answers;

/// <summary>
/// Answers what understanding read from a message (career, topic, region, all resolved with the conversation's context)
/// from the career library, then remembers it so follow-ups ("and in Alberta?") stay on the same career and topic.
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

    /// <summary>What the library says to the message, without replying yet.</summary>
    public Answer Ask(ITurnContext turnContext, Interpretation meaning)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(meaning);
        return _knowledge.Ask(new AnswerRequest(meaning.Career, TopicOf(meaning), meaning.Region, meaning.Occupation, turnContext.Activity.Text));
    }

    /// <summary>Sends the answer in the message's language (with next-question buttons when <paramref name="offerNextQuestions"/>)
    /// and remembers it.</summary>
    public async Task ReplyAsync(
        ITurnContext turnContext, Answer answer, Interpretation meaning, bool offerNextQuestions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meaning);
        var expanded = meaning.Intent == Intent.ShowMore;
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(meaning);
        var language = AnswerLanguages.For(meaning.Language);
        var memory = await _state.MemoryAsync(turnContext, cancellationToken);
        if (answer.Career is null && !answer.Answered)
        {
            // The student moved to something the library does not cover: a later "they" must not fall back to an older career.
            memory.Clear();
        }

        memory.Remember(turnContext.Activity.Text ?? string.Empty, answer.Career, answer.Region, answer.Answered ? answer.Topic : null);
        var buttons = offerNextQuestions ? NextQuestions(answer, language) : [];
        await turnContext.SendActivityAsync(AnswerReply.Create(turnContext.Activity, answer, buttons, language, expanded), cancellationToken);
    }

    public async Task AnswerAsync(ITurnContext turnContext, Interpretation meaning, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meaning);
        if (meaning.Intent == Intent.Compare && meaning.NamedCareers.Count > 1)
        {
            await CompareAsync(turnContext, meaning, cancellationToken);
            return;
        }

        await ReplyAsync(turnContext, Ask(turnContext, meaning), meaning, offerNextQuestions: true, cancellationToken);
    }

    /// <summary>A comparison gets the compared topic of each career named, one after the other, each with its sources.</summary>
    private async Task CompareAsync(ITurnContext turnContext, Interpretation meaning, CancellationToken cancellationToken)
    {
        var careers = meaning.NamedCareers.Take(3).Select(_catalog.FindCareer).OfType<CareerProfile>().ToArray();
        await turnContext.SendActivityAsync(AdvisorTexts.CompareIntro(careers.Select(c => c.Title)), cancellationToken: cancellationToken);
        Answer? last = null;
        foreach (var career in careers)
        {
            last = _knowledge.Ask(new AnswerRequest(career.Id, TopicOf(meaning), meaning.Region, null, turnContext.Activity.Text));
            await turnContext.SendActivityAsync(AnswerReply.Create(turnContext.Activity, last, [], AnswerLanguages.For(meaning.Language)), cancellationToken);
        }

        if (last is not null)
        {
            (await _state.MemoryAsync(turnContext, cancellationToken)).Remember(turnContext.Activity.Text ?? string.Empty, last.Career, last.Region, last.Topic);
        }
    }

    /// <summary>
    /// The section to answer: "show the sources" is the sources section; "show more" and a comparison with no clear
    /// topic keep the conversation's topic; a comparison of pay asks for salaries.
    /// </summary>
    private static string? TopicOf(Interpretation meaning) => meaning.Intent switch
    {
        Intent.ShowMore => meaning.TopicFromContext ? meaning.Topic : null,
        Intent.Compare when meaning.Topics.Count > 0 && meaning.Topics[0].Confidence >= 0.3 => meaning.Topics[0].Value,
        Intent.Compare => KnowledgeTopics.Overview,
        _ => meaning.Topic,
    };

    /// <summary>After an answer, two follow-ups and the fit check for that career; after a decline, the did-you-mean suggestions.</summary>
    private List<Button> NextQuestions(Answer answer, AnswerLanguage language)
    {
        var questions = answer.FollowUps.Select(f => new Button(language.Question(f)));
        if (answer.Answered && answer.Career is { } careerId && _catalog.FindCareer(careerId) is { Fit.Count: > 0 } career)
        {
            return [.. questions.Take(NextQuestionsShown - 1), Button.FitCheckFor(career.Title)];
        }

        return questions.Take(NextQuestionsShown).ToList();
    }
}
