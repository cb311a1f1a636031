using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Replies;
using CareerBot.Advisor.Understanding;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs.Dialogs;
using CareerBot.Knowledge.Catalog;

namespace CareerBot.Advisor.Dialogs;

/// <summary>
/// The conversation's router. A new message is a command (help, results, forget me…), the start of a fit check, or a
/// question for the career library. While the fit check waits for an answer, help, cancel, start over, forget me,
/// "show my results" and a request for another career's fit check interrupt it first.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    /// <summary>The career a fit check starts with when the student has named none: the one CareerBot started from.</summary>
    public const string DefaultCareerId = "it-service-manager";

    private const string RouteId = "route";

    private readonly ICareerCatalog _catalog;
    private readonly AdvisorState _state;
    private readonly QuestionAnswerer _answerer;
    private readonly FitCheckDialog _fitCheck;

    public MainDialog(FitCheckDialog fitCheck, ICareerCatalog catalog, AdvisorState state, QuestionAnswerer answerer)
        : base(nameof(MainDialog))
    {
        ArgumentNullException.ThrowIfNull(fitCheck);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(answerer);
        _catalog = catalog;
        _state = state;
        _answerer = answerer;
        _fitCheck = fitCheck;
        AddDialog(new WaterfallDialog(RouteId)
            .AddStep(nameof(RouteStepAsync), RouteStepAsync)
            .AddStep(nameof(FinishStepAsync), FinishStepAsync));
        AddDialog(fitCheck);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var turn = innerDc.Context;
        var text = turn.Activity.Text ?? string.Empty;
        switch (CommandReader.Read(text))
        {
            case AdvisorCommand.Help:
                await turn.SendActivityAsync(AdvisorTexts.Help + "\n\n" + AdvisorTexts.BackToFitCheck, cancellationToken: cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            case AdvisorCommand.ShowResults:
                await SendResultsAsync(turn, cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            case AdvisorCommand.Thanks or AdvisorCommand.Greeting:
                await turn.SendActivityAsync(AdvisorTexts.BackToFitCheck, cancellationToken: cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            case AdvisorCommand.Cancel:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await turn.SendActivityAsync(AdvisorTexts.FitCheckCancelled, cancellationToken: cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);
            case AdvisorCommand.StartOver:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await StartOverAsync(turn, cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);
            case AdvisorCommand.ForgetMe:
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                await ForgetAsync(turn, cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);
            case AdvisorCommand.StartFitCheck when _catalog.DetectCareer(text) is not null:
                // Only a named career restarts it: "I'd be a good fit, yes" is an answer, not a new request.
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await StartFitCheckAsync(innerDc, text, cancellationToken);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        var text = turn.Activity.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            await turn.SendActivityAsync(AdvisorTexts.EmptyMessage, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var command = CommandReader.Read(text);
        if (await TryRepeatFinishedResultAsync(turn, text, command, cancellationToken))
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        switch (command)
        {
            case AdvisorCommand.StartFitCheck:
                return await StartFitCheckAsync(step.DialogContext, text, cancellationToken);
            case AdvisorCommand.Help:
                await turn.SendActivityAsync(AdvisorTexts.Help, cancellationToken: cancellationToken);
                break;
            case AdvisorCommand.Cancel:
                await turn.SendActivityAsync(AdvisorTexts.NothingToCancel, cancellationToken: cancellationToken);
                break;
            case AdvisorCommand.Skip or AdvisorCommand.Back:
                await turn.SendActivityAsync(AdvisorTexts.NothingToSkip, cancellationToken: cancellationToken);
                break;
            case AdvisorCommand.StartOver:
                await StartOverAsync(turn, cancellationToken);
                break;
            case AdvisorCommand.ForgetMe:
                await ForgetAsync(turn, cancellationToken);
                break;
            case AdvisorCommand.ShowResults:
                await SendResultsAsync(turn, cancellationToken);
                break;
            case AdvisorCommand.Greeting:
                await turn.SendActivityAsync(WelcomeReply.Create(turn.Activity, _catalog.Careers), cancellationToken);
                break;
            case AdvisorCommand.Thanks:
                await turn.SendActivityAsync(AdvisorTexts.YouAreWelcome, cancellationToken: cancellationToken);
                break;
            default:
                await _answerer.AnswerAsync(turn, text, cancellationToken);
                break;
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>
    /// A rating sent right after a fit check ended (a double tap, or one answer more than there were questions) is
    /// answered with that result again rather than "I'm not sure what you'd like to know".
    /// </summary>
    private async Task<bool> TryRepeatFinishedResultAsync(
        ITurnContext turn, string text, AdvisorCommand command, CancellationToken cancellationToken)
    {
        var memory = await _state.MemoryAsync(turn, cancellationToken);
        var careerId = memory.FinishedFitCheckCareerId;
        var isRating = careerId is not null
            && command == AdvisorCommand.None
            && !QuestionDetector.LooksLikeQuestion(text)
            && _catalog.DetectCareer(text) is null
            && _fitCheck.RecognizeRating(text, turn.Activity.Locale) is not null;
        if (!isRating)
        {
            memory.FinishedFitCheckCareerId = null;
            return false;
        }

        var result = (await _state.StudentAsync(turn, cancellationToken)).FitResults.FirstOrDefault(r => r.CareerId == careerId);
        if (result is null)
        {
            memory.FinishedFitCheckCareerId = null;
            return false;
        }

        await turn.SendActivityAsync(ReplyFactory.Create(turn.Activity, AdvisorTexts.FitCheckAlreadyFinished(result), buttons:
        [
            Button.FitCheckFor(result.CareerTitle),
            new("Show my results"),
        ]), cancellationToken);
        return true;
    }

    private static Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(null, cancellationToken);

    /// <summary>
    /// Starts the fit check for the career named in <paramref name="text"/>, else the one being talked about, else the
    /// default (offering the others). A career the library does not cover gets an honest answer and the list it does.
    /// </summary>
    private async Task<DialogTurnResult> StartFitCheckAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var memory = await _state.MemoryAsync(turn, cancellationToken);
        var named = _catalog.DetectCareer(text);
        if (named is null && FitCheckRequest.NamesSomething(text))
        {
            var careers = _catalog.Careers;
            await turn.SendActivityAsync(ReplyFactory.Create(turn.Activity,
                "Sorry, I don't have a fit check for that career: I only know the careers in my library. " +
                $"I can check how well you fit {TextList.Join(careers.Select(c => c.Title), " or ")}. Which one would you like?",
                buttons: careers.Take(6).Select(c => Button.FitCheckFor(c.Title)).ToList()), cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var guessed = named is null && memory.CareerId is null;
        var careerId = named ?? memory.CareerId ?? DefaultCareerId;
        var career = _catalog.FindCareer(careerId) ?? _catalog.Careers.Select(c => _catalog.FindCareer(c.Id)).FirstOrDefault(c => c is { Fit.Count: > 0 });
        if (career is null)
        {
            await turn.SendActivityAsync(AdvisorTexts.NoCareers, cancellationToken: cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        memory.Focus(career.Id, career.Title);
        return await dc.BeginDialogAsync(nameof(FitCheckDialog), new FitCheckOptions(career.Id, guessed), cancellationToken);
    }

    private async Task StartOverAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        (await _state.MemoryAsync(turn, cancellationToken)).Clear();
        await turn.SendActivityAsync(AdvisorTexts.StartedOver, cancellationToken: cancellationToken);
        await turn.SendActivityAsync(WelcomeReply.Create(turn.Activity, _catalog.Careers), cancellationToken);
    }

    private async Task ForgetAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await _state.ForgetAsync(turn, cancellationToken);
        await turn.SendActivityAsync(AdvisorTexts.Forgotten, cancellationToken: cancellationToken);
    }

    private async Task SendResultsAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var student = await _state.StudentAsync(turn, cancellationToken);
        await turn.SendActivityAsync(ResultsReply.Create(turn.Activity, student), cancellationToken);
    }
}
