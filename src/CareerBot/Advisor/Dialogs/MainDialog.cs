using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Handoff;
using CareerBot.Advisor.FitCheck.Words;
using CareerBot.Advisor.Replies;
using CareerBot.Advisor.Replies.Words;
using CareerBot.Advisor.Understanding;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs;
using CareerBot.Knowledge.Answers;
using CareerBot.Rendering;
using CareerBot.Knowledge.Catalog;
using CareerBot.Counselling.Insights;
using CareerBot.Understanding.Interpreting;

namespace CareerBot.Advisor.Dialogs;

/// <summary>
/// The conversation's router: understanding reads each message once (intent, careers, topic, region, rating) and the
/// router sends it down that intent's reply path. While the fit check waits for an answer, requests that are not
/// about the check itself (help, results, another career's check…) are handled first and the check goes on. Asking for a
/// counsellor pauses it, as the Bot Framework's cancel-and-help interruptions do: the offer ends the turn (its buttons
/// stay usable) and the question waits, unscored, for "Back to my fit check" or the student's next answer.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    /// <summary>The career a fit check starts with when the student has named none: the one CareerBot started from.</summary>
    public const string DefaultCareerId = "it-service-manager";

    private const string RouteId = "route";

    private readonly ICareerCatalog _catalog;
    private readonly AdvisorState _state;
    private readonly QuestionAnswerer _answerer;
    private readonly TurnUnderstanding _understanding;
    private readonly InsightRecorder _insights;
    private readonly HandoffRouter _handoff;

    public MainDialog(
        FitCheckDialog fitCheck,
        ForgetMeDialog forgetMe,
        ICareerCatalog catalog,
        AdvisorState state,
        QuestionAnswerer answerer,
        TurnUnderstanding understanding,
        InsightRecorder insights,
        HandoffRouter handoff)
        : base(nameof(MainDialog))
    {
        _handoff = handoff ?? throw new ArgumentNullException(nameof(handoff));
        _insights = insights ?? throw new ArgumentNullException(nameof(insights));
        ArgumentNullException.ThrowIfNull(fitCheck);
        ArgumentNullException.ThrowIfNull(forgetMe);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(understanding);
        _catalog = catalog;
        _state = state;
        _answerer = answerer;
        _understanding = understanding;
        AddDialog(new WaterfallDialog(RouteId)
            .AddStep(nameof(RouteStepAsync), RouteStepAsync)
            .AddStep(nameof(FinishStepAsync), FinishStepAsync));
        AddDialog(fitCheck);
        AddDialog(forgetMe);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (innerDc.ActiveDialog?.Id != nameof(FitCheckDialog))
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        var turn = innerDc.Context;
        var memory = await _state.MemoryAsync(turn, cancellationToken);
        memory.FitCheckPaused = false; // a message the check sees takes it off hold
        if (ButtonPayloads.ResumesFitCheck(turn.Activity.Text))
        {
            await turn.SendActivityAsync(AdvisorWords.For(turn.Activity.Locale).BackToFitCheck, cancellationToken: cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        var meaning = await _understanding.ReadAsync(turn, inFitCheck: true, cancellationToken);
        var words = AdvisorWords.For(meaning.Language);
        switch (meaning.Intent)
        {
            case Intent.Help:
                await turn.SendActivityAsync(words.Help + "\n\n" + words.BackToFitCheck, cancellationToken: cancellationToken);
                break;
            case Intent.ShowResults:
                await SendResultsAsync(turn, meaning.Language, cancellationToken);
                break;
            case Intent.Thanks or Intent.Greeting:
                await turn.SendActivityAsync(words.BackToFitCheck, cancellationToken: cancellationToken);
                break;
            case Intent.Counsellor:
                // No reprompt: the question's 1–5 buttons would replace the offer's ("Leave a message", "Back to my fit check").
                memory.FitCheckPaused = true;
                await SendCounsellorAsync(turn, words, cancellationToken);
                return EndOfTurn;
            case Intent.FeedbackPositive or Intent.FeedbackNegative or Intent.Rude:
                // Small talk mid-check is not answered: the question is asked again ("Sorry, I didn't catch that").
                await RecordFeedbackAsync(turn, meaning.Intent, cancellationToken);
                await SendShortReplyAsync(turn, meaning.Intent, words, cancellationToken);
                break;
            case Intent.Cancel or Intent.Goodbye:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await turn.SendActivityAsync(meaning.Intent == Intent.Goodbye ? words.Goodbye : words.FitCheckCancelled,
                    cancellationToken: cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);
            case Intent.ForgetMe:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await innerDc.BeginDialogAsync(nameof(ForgetMeDialog), meaning.Language, cancellationToken);
            case Intent.StartFitCheck or Intent.SwitchFitCheck when meaning.NamedCareers.Count > 0 || meaning.Intent == Intent.SwitchFitCheck:
                // Only a named career (or a clear "switch") restarts it: "I'd be a good fit, yes" is an answer.
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await StartFitCheckAsync(innerDc, meaning, cancellationToken);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        await innerDc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        if (string.IsNullOrWhiteSpace(turn.Activity.Text))
        {
            await turn.SendActivityAsync(AdvisorWords.For(turn.Activity.Locale).EmptyMessage, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var meaning = await _understanding.ReadAsync(turn, inFitCheck: false, cancellationToken);
        var words = AdvisorWords.For(meaning.Language);
        var memory = await _state.MemoryAsync(turn, cancellationToken);
        memory.FitCheckPaused = false; // no fit check is running
        if (meaning.Intent != Intent.Rating)
        {
            memory.FinishedFitCheckCareerId = null;
        }

        if (meaning.NeedsClarification)
        {
            _insights.Keep(turn.Activity.Text, QuestionReasons.LowConfidence, meaning.Career, meaning.Topic, meaning.Intent.ToString(),
                meaning.Confidence, meaning.Language);
            await turn.SendActivityAsync(ReplyFactory.Create(turn.Activity, words.DidYouMean, buttons: DidYouMean(meaning, words)), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (meaning.AmbiguousCareers.Count > 1 && meaning.Intent == Intent.StartFitCheck)
        {
            await turn.SendActivityAsync(ReplyFactory.Create(turn.Activity, words.WhichOccupation, buttons: WhichOccupation(meaning, words)), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        switch (meaning.Intent)
        {
            case Intent.StartFitCheck or Intent.SwitchFitCheck or Intent.Restart:
                return await StartFitCheckAsync(step.DialogContext, meaning, cancellationToken);
            case Intent.Rating:
                await SendRatingOutsideFitCheckAsync(turn, words, cancellationToken);
                break;
            case Intent.Skip or Intent.Back or Intent.Explain:
                await turn.SendActivityAsync(words.NothingToSkip, cancellationToken: cancellationToken);
                break;
            case Intent.Cancel:
                await turn.SendActivityAsync(words.NothingToCancel, cancellationToken: cancellationToken);
                break;
            case Intent.ForgetMe:
                return await step.BeginDialogAsync(nameof(ForgetMeDialog), meaning.Language, cancellationToken);
            case Intent.ShowResults:
                await SendResultsAsync(turn, meaning.Language, cancellationToken);
                break;
            case Intent.Help:
                await turn.SendActivityAsync(words.Help, cancellationToken: cancellationToken);
                break;
            case Intent.Greeting when memory.HasTalked || memory.WelcomedIn == words.Code:
                await turn.SendActivityAsync(words.HelloAgain, cancellationToken: cancellationToken);
                break;
            case Intent.Greeting:
                // The first hello, or the first in a language the welcome was not given in: the whole welcome.
                memory.WelcomedIn = words.Code;
                await turn.SendActivityAsync(WelcomeReply.Create(turn.Activity, _catalog.TitlesIn(words.Code), words, _catalog.Careers.Count), cancellationToken);
                break;
            case Intent.Thanks:
                await turn.SendActivityAsync(words.YouAreWelcome, cancellationToken: cancellationToken);
                break;
            case Intent.Goodbye:
                await turn.SendActivityAsync(words.Goodbye, cancellationToken: cancellationToken);
                break;
            case Intent.Counsellor:
                await SendCounsellorAsync(turn, words, cancellationToken);
                break;
            case Intent.FeedbackPositive or Intent.FeedbackNegative or Intent.SmallTalk or Intent.Rude:
                await RecordFeedbackAsync(turn, meaning.Intent, cancellationToken);
                await SendShortReplyAsync(turn, meaning.Intent, words, cancellationToken);
                break;
            default:
                await _answerer.AnswerAsync(turn, meaning, cancellationToken);
                break;
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>
    /// A rating sent right after a fit check ended (a double tap, or one answer more than there were questions) gets that
    /// result again; any other rating is told there is no fit check running.
    /// </summary>
    private async Task SendRatingOutsideFitCheckAsync(ITurnContext turn, AdvisorWords words, CancellationToken cancellationToken)
    {
        var memory = await _state.MemoryAsync(turn, cancellationToken);
        var careerId = memory.FinishedFitCheckCareerId;
        var result = careerId is null ? null : (await _state.StudentAsync(turn, cancellationToken)).FitResults.FirstOrDefault(r => r.CareerId == careerId);
        if (result is null)
        {
            memory.FinishedFitCheckCareerId = null;
            await turn.SendActivityAsync(ReplyFactory.Create(turn.Activity, words.RatingWithoutFitCheck,
                buttons: [.. _catalog.Guides().Take(3).Select(c => FitCheckButton(c.Id, c.Title, words))]), cancellationToken);
            return;
        }

        var title = _catalog.TitleIn(result.CareerId, result.CareerTitle, words.Code);
        await turn.SendActivityAsync(ReplyFactory.Create(turn.Activity, words.FitCheckAlreadyFinished(result, title), buttons:
        [
            words.FitCheckButton(result.CareerTitle, title),
            words.ShowResultsButton,
        ]), cancellationToken);
    }

    private static Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(null, cancellationToken);

    /// <summary>
    /// Starts the fit check for the career the message names, else the one being talked about, else the default
    /// (offering the others). A career the library does not cover gets an honest answer and the list it does.
    /// </summary>
    private async Task<DialogTurnResult> StartFitCheckAsync(DialogContext dc, Interpretation meaning, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var memory = await _state.MemoryAsync(turn, cancellationToken);
        var named = meaning.NamedCareers.Count > 0 ? meaning.Career : null;
        if (named is null && meaning.Occupation is not null)
        {
            var words = AdvisorWords.For(meaning.Language);
            var careers = _catalog.Guides();
            await turn.SendActivityAsync(ReplyFactory.Create(turn.Activity, words.NoFitCheckFor(_catalog.TitlesIn(words.Code)),
                buttons: careers.Take(6).Select(c => FitCheckButton(c.Id, c.Title, words)).ToList()), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var guessed = named is null && memory.CareerId is null;
        var careerId = named ?? memory.CareerId ?? DefaultCareerId;
        var career = _catalog.FindCareer(careerId) ?? _catalog.Guides().Select(c => _catalog.FindCareer(c.Id)).FirstOrDefault(c => c is { Fit.Count: > 0 });
        if (career is null)
        {
            await turn.SendActivityAsync(AdvisorWords.For(meaning.Language).NoCareers, cancellationToken: cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        memory.Focus(career.Id, career.Title);
        return await dc.BeginDialogAsync(nameof(FitCheckDialog), new FitCheckOptions(career.Id, guessed, meaning.Language), cancellationToken);
    }

    /// <summary>The careers an ambiguous name could mean, each as a fit check for that career.</summary>
    private List<Button> WhichOccupation(Interpretation meaning, AdvisorWords words)
    {
        return meaning.AmbiguousCareers
            .Select(id => _catalog.FindCareer(id))
            .OfType<CareerProfile>()
            .Select(career => FitCheckButton(career.Id, career.Title, words))
            .ToList();
    }

    /// <summary>The two or three likeliest readings as buttons that send a clear version of each. A question needs its
    /// career: with none known, a topic reading is left out rather than offered about "this career", which would only
    /// be asked back; with nothing left, the student is offered help.</summary>
    private List<Button> DidYouMean(Interpretation meaning, AdvisorWords words)
    {
        var career = meaning.Career is { } id && _catalog.FindCareer(id) is { } found ? new CareerRef(found.Id, found.In(meaning.Language).Title) : null;
        var language = AnswerLanguages.For(meaning.Language);
        var readings = meaning.Alternatives
            .Select(r => r.Intent is Intent.Question or Intent.FollowUp
                ? (career is not null && r.Topic is { } topic ? language.Question(new FollowUp(topic, career)) : null)
                : words.IntentExample(r.Intent))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Take(3)
            .ToList();
        if (readings.Count == 0 && words.IntentExample(Intent.Help) is { } help)
        {
            readings.Add(help);
        }

        return [.. readings.Select(text => new Button(text))];
    }

    /// <summary>
    /// "Helpful", "that's wrong": counted for the answer before it (what it was read as, never who asked); an answer
    /// called wrong is kept for the counsellors with the question it answered.
    /// </summary>
    private async Task RecordFeedbackAsync(ITurnContext turn, Intent intent, CancellationToken cancellationToken)
    {
        if (intent is not (Intent.FeedbackPositive or Intent.FeedbackNegative))
        {
            return;
        }

        var memory = await _state.MemoryAsync(turn, cancellationToken);
        if (memory.LastAnswer is not { } rated)
        {
            return; // nothing was answered yet: there is nothing to rate
        }

        _insights.Feedback(intent == Intent.FeedbackPositive);
        if (intent == Intent.FeedbackNegative && memory.RecentQuestions.Count > 0)
        {
            _insights.Keep(memory.RecentQuestions[^1], QuestionReasons.NotHelpful, rated.Career, rated.Topic, rated.Intent, rated.Confidence, rated.Language);
        }

        memory.LastAnswer = null; // one rating per answer
    }

    private Task SendCounsellorAsync(ITurnContext turn, AdvisorWords words, CancellationToken cancellationToken) =>
        _handoff.RequestAsync(turn, words, cancellationToken);

    private static Task SendShortReplyAsync(ITurnContext turn, Intent intent, AdvisorWords words, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(intent switch
        {
            Intent.FeedbackPositive => words.FeedbackThanks,
            Intent.FeedbackNegative => words.FeedbackSorry,
            Intent.Rude => words.Rude,
            _ => words.SmallTalk,
        }, cancellationToken: cancellationToken);

    /// <summary>A career's fit-check button, titled in the reply's language.</summary>
    private Button FitCheckButton(string careerId, string englishTitle, AdvisorWords words) =>
        words.FitCheckButton(englishTitle, _catalog.TitleIn(careerId, englishTitle, words.Code));

    private async Task SendResultsAsync(ITurnContext turn, string language, CancellationToken cancellationToken)
    {
        var student = await _state.StudentAsync(turn, cancellationToken);
        await turn.SendActivityAsync(ResultsReply.Create(turn.Activity, student, FitCheckWords.For(language)), cancellationToken);
    }
}
