using CareerBot.Advisor.Memory;
using CareerBot.Advisor.Replies;
using CareerBot.Counselling.Insights;
using CareerBot.BotFramework.Turns;
using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Catalog;
using CareerBot.Knowledge.Files;
using CareerBot.Rendering;
using CareerBot.Understanding.Asking;
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
    private readonly IInterpreter _interpreter;
    private readonly InsightRecorder _insights;

    public QuestionAnswerer(IKnowledgeBase knowledge, ICareerCatalog catalog, AdvisorState state, IInterpreter interpreter, InsightRecorder insights)
    {
        _insights = insights ?? throw new ArgumentNullException(nameof(insights));
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(interpreter);
        _knowledge = knowledge;
        _catalog = catalog;
        _state = state;
        _interpreter = interpreter;
    }

    /// <summary>What the library says to the message, without replying yet.</summary>
    public Answer Ask(ITurnContext turnContext, Interpretation meaning)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(meaning);
        return _knowledge.Ask(new AnswerRequest(meaning.Career, TopicOf(meaning), meaning.Region, meaning.Occupation, turnContext.Activity.Text, meaning.Language,
            meaning.AmbiguousCareers) { Alternatives = meaning.AlternativeCareers });
    }

    /// <summary>Sends the answer in the message's language (with next-question buttons when <paramref name="offerNextQuestions"/>)
    /// and remembers it.</summary>
    public async Task ReplyAsync(
        ITurnContext turnContext, Answer answer, Interpretation meaning, bool offerNextQuestions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(meaning);
        var expanded = meaning.Intent == Intent.ShowMore;
        var language = AnswerLanguages.For(meaning.Language);
        var memory = await _state.MemoryAsync(turnContext, cancellationToken);
        if (answer.Career is null && !answer.Answered)
        {
            // The student moved to something the library does not cover: a later "they" must not fall back to an older career.
            memory.Clear();
        }

        memory.Remember(turnContext.Activity.Text ?? string.Empty, answer.Career, answer.Region, answer.Answered ? answer.Topic : null);

        // The card's feedback buttons name the answer they rate; "show more" opens the same answer, under the same name.
        var cardId = expanded && memory.LastAnswer?.Id is { } shown ? shown : AnswerRated.NewId();
        Record(turnContext, answer, meaning, memory, cardId);
        var buttons = offerNextQuestions ? NextQuestions(answer, language) : [];
        await turnContext.SendActivityAsync(
            AnswerReply.Create(turnContext.Activity, answer, buttons, language, expanded, PictureHost.For(turnContext), cardId), cancellationToken);
    }

    /// <summary>Counts the question (no student id) and keeps one the library could not answer for the counsellors.</summary>
    private void Record(ITurnContext turnContext, Answer answer, Interpretation meaning, ConversationMemory memory, string cardId)
    {
        if (meaning.Intent == Intent.ShowMore)
        {
            return; // the same answer, opened further
        }

        _insights.Question(answer.Career, answer.Topic, answer.Answered);
        memory.LastAnswer = new AnswerRated(answer.Career, answer.Topic, meaning.Intent.ToString(), meaning.Confidence, meaning.Language, cardId);
        if (!answer.Answered && turnContext.TurnState.Get<KeptThisTurn>() is null)
        {
            // A message asking two things is kept once, whole, however many of its parts went unanswered.
            turnContext.TurnState.Set(new KeptThisTurn());
            _insights.Keep(turnContext.Activity.Text ?? string.Empty, QuestionReasons.Unanswered, answer.Career, answer.Topic,
                meaning.Intent.ToString(), meaning.Confidence, meaning.Language);
        }
    }

    public async Task AnswerAsync(ITurnContext turnContext, Interpretation meaning, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meaning);
        if (ComparisonRequest.Applies(meaning))
        {
            await CompareAsync(turnContext, meaning, cancellationToken);
            return;
        }

        if (meaning.Intent is Intent.Question or Intent.FollowUp && await EachQuestionAsync(turnContext, meaning, cancellationToken) is { Count: > 1 } questions)
        {
            for (var i = 0; i < questions.Count; i++)
            {
                var (text, part) = questions[i];
                var answer = _knowledge.Ask(new AnswerRequest(part.Career, TopicOf(part), part.Region, part.Occupation, text, part.Language,
                    part.AmbiguousCareers) { Alternatives = part.AlternativeCareers });
                await ReplyAsync(turnContext, answer, part, offerNextQuestions: i == questions.Count - 1, cancellationToken);
            }

            return;
        }

        await ReplyAsync(turnContext, Ask(turnContext, meaning), meaning, offerNextQuestions: true, cancellationToken);
    }

    /// <summary>
    /// The questions of a message that asks two or more ("what do they do and how much do they make?"), each read with
    /// what the one before it was about; null or one when the message asks one thing.
    /// </summary>
    private async Task<List<(string Text, Interpretation Meaning)>?> EachQuestionAsync(
        ITurnContext turnContext, Interpretation whole, CancellationToken cancellationToken)
    {
        var parts = MessageClauses.Split(turnContext.Activity.Text);
        if (parts.Count < 2)
        {
            return null;
        }

        var memory = await _state.MemoryAsync(turnContext, cancellationToken);
        var context = memory.Context(awaitingRating: false) with { Career = whole.Career ?? memory.CareerId };
        var questions = new List<(string, Interpretation)>();
        foreach (var part in parts)
        {
            var meaning = _interpreter.Interpret(part, context, turnContext.Activity.Locale);
            if (meaning.Intent is not (Intent.Question or Intent.FollowUp) || meaning.Topic is null)
            {
                return null; // one part is not a question about a topic: answer the message as a whole
            }

            questions.Add((part, meaning));
            context = context with { Career = meaning.Career ?? context.Career, Topic = meaning.Topic, Region = meaning.Region ?? context.Region };
        }

        return questions.Select(q => q.Item2.Topic).Distinct().Count() == questions.Count ? questions : null;
    }

    /// <summary>
    /// A comparison gets one side-by-side reply for the two or three careers named, with every career's sources; like
    /// any answer it can be rated, and it offers more about each career and their fit checks.
    /// </summary>
    private async Task CompareAsync(ITurnContext turnContext, Interpretation meaning, CancellationToken cancellationToken)
    {
        var language = AnswerLanguages.For(meaning.Language);
        var comparison = _knowledge.Compare(meaning.NamedCareers, meaning.Region, TopicOf(meaning), language.Code);
        var text = ComparisonRenderer.Text(comparison, language);
        var cardId = AnswerRated.NewId();
        var reply = ReplyFactory.Create(turnContext.Activity, text, ComparisonRenderer.Card(comparison, language, text, cardId),
            ComparisonFollowUps(comparison, language));
        reply.Locale = language.Code;
        await turnContext.SendActivityAsync(reply, cancellationToken);
        var first = comparison.Careers.Count > 0 ? comparison.Careers[0].Career.Id : null;
        var topic = Intent.Compare.ToString().ToLowerInvariant();
        _insights.Question(first, topic, comparison.Careers.Count > 1);
        if (comparison.Careers.Count > 0)
        {
            var memory = await _state.MemoryAsync(turnContext, cancellationToken);
            memory.Remember(turnContext.Activity.Text ?? string.Empty, comparison.Careers[^1].Career.Id, meaning.Region, TopicOf(meaning));
            memory.LastAnswer = new AnswerRated(first, topic, meaning.Intent.ToString(), meaning.Confidence, meaning.Language, cardId);
        }
    }

    /// <summary>After careers side by side: more about each of them, then the fit check of each that has one.</summary>
    private List<Button> ComparisonFollowUps(Comparison comparison, AnswerLanguage language)
    {
        var words = Replies.Words.AdvisorWords.For(language.Code);
        var more = comparison.Careers.Select(c => new Button(language.Question(new FollowUp(KnowledgeTopics.Overview, c.Career))));
        var fitChecks = comparison.Careers
            .Select(c => _catalog.FindCareer(c.Career.Id))
            .OfType<CareerProfile>()
            .Where(career => career.Fit.Count > 0)
            .Select(career => words.FitCheckButton(career.Title, career.In(language.Code).Title));
        return [.. more, .. fitChecks];
    }

    /// <summary>
    /// The section to answer: "show the sources" is the sources section; "show more" and a comparison with no clear
    /// topic keep the conversation's topic; a comparison of pay asks for salaries.
    /// </summary>
    private static string? TopicOf(Interpretation meaning) => meaning.Intent switch
    {
        Intent.ShowMore => meaning.TopicFromContext ? meaning.Topic : null,
        Intent.Compare => ComparisonRequest.Topic(meaning),
        _ => meaning.Topic,
    };

    /// <summary>After an answer, two follow-ups and the fit check for that career; after a decline, the did-you-mean suggestions.</summary>
    private List<Button> NextQuestions(Answer answer, AnswerLanguage language)
    {
        var questions = answer.FollowUps.Select(f => new Button(language.Question(f)));
        if (answer.Outcome == AnswerOutcome.WhichOccupation)
        {
            return [.. questions]; // every choice the student is asked to pick from
        }

        if (answer.Answered && answer.Career is { } careerId && _catalog.FindCareer(careerId) is { Fit.Count: > 0 } career)
        {
            // Titled in the student's language; the value stays the English command the bot reads.
            var words = Replies.Words.AdvisorWords.For(language.Code);
            return [.. questions.Take(NextQuestionsShown - 1), words.FitCheckButton(career.Title, career.In(language.Code).Title)];
        }

        return questions.Take(NextQuestionsShown).ToList();
    }

    /// <summary>Marks a turn whose message was already kept for the counsellors.</summary>
    private sealed class KeptThisTurn;
}
