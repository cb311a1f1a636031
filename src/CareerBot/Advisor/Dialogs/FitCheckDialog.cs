using System.Text.Json.Nodes;
using CareerBot.Advisor.Answers;
using CareerBot.Advisor.FitCheck;
using CareerBot.Advisor.FitCheck.Words;
using CareerBot.Advisor.Replies;
using CareerBot.Advisor.Replies.Words;
using CareerBot.Advisor.Understanding;
using CareerBot.Counselling.Insights;
using CareerBot.Understanding.Interpreting;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs;
using CareerBot.Knowledge.Catalog;

namespace CareerBot.Advisor.Dialogs;

/// <summary>
/// One 1–5 question per trait of the career's file, then the result. "skip" and "back" are caught before the question
/// sees them; a question about careers is answered and the same fit-check question asked again.
/// Its place (question number and answers so far) is plain JSON on the dialog stack, so it survives a restart.
/// </summary>
public sealed class FitCheckDialog : ComponentDialog
{
    private const string StepsId = "fitCheckSteps";
    private const string IndexKey = "index";
    private const string AnswersKey = "answers";
    private const string SkipCommand = "skip";
    private const string BackCommand = "back";
    private const string RestartCommand = "restart";

    private readonly ICareerCatalog _catalog;
    private readonly AdvisorState _state;
    private readonly QuestionAnswerer _answerer;
    private readonly TimeProvider _clock;
    private readonly TurnUnderstanding _understanding;
    private readonly FitQuestionPrompt _prompt;

    private readonly InsightRecorder _insights;

    public FitCheckDialog(
        ICareerCatalog catalog, AdvisorState state, QuestionAnswerer answerer, TimeProvider clock, TurnUnderstanding understanding, InsightRecorder insights)
        : base(nameof(FitCheckDialog))
    {
        _insights = insights ?? throw new ArgumentNullException(nameof(insights));
        ArgumentNullException.ThrowIfNull(understanding);
        _understanding = understanding;
        _prompt = new FitQuestionPrompt(understanding);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(clock);
        _catalog = catalog;
        _state = state;
        _answerer = answerer;
        _clock = clock;
        AddDialog(new WaterfallDialog(StepsId)
            .AddStep(nameof(AskTraitStepAsync), AskTraitStepAsync)
            .AddStep(nameof(RecordAnswerStepAsync), RecordAnswerStepAsync));
        AddDialog(_prompt);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var activity = innerDc.Context.Activity;
        if (activity.Type == ActivityTypes.Message && innerDc.ActiveDialog?.Id == _prompt.Id)
        {
            var meaning = await _understanding.ReadAsync(innerDc.Context, inFitCheck: true, cancellationToken);
            switch (meaning.Intent)
            {
                case Intent.Skip:
                    return await innerDc.EndDialogAsync(SkipCommand, cancellationToken);
                case Intent.Back:
                    return await innerDc.EndDialogAsync(BackCommand, cancellationToken);
                case Intent.Restart:
                    await innerDc.Context.SendActivityAsync(AdvisorWords.For(meaning.Language).FitCheckRestarted, cancellationToken: cancellationToken);
                    return await innerDc.EndDialogAsync(RestartCommand, cancellationToken);
                case Intent.Explain:
                    await innerDc.Context.SendActivityAsync(ExplanationOf(innerDc.ActiveDialog!), cancellationToken: cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return EndOfTurn;
                case Intent.Question or Intent.FollowUp or Intent.Compare or Intent.ShowMore:
                    // A question typed mid-check is answered, and the same fit-check question asked again.
                    await _answerer.ReplyAsync(innerDc.Context, _answerer.Ask(innerDc.Context, meaning), meaning, offerNextQuestions: false, cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return EndOfTurn;
            }
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private async Task<DialogTurnResult> AskTraitStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<FitCheckOptions>();
        if (options is null || _catalog.FindCareer(options.CareerId) is not { Fit.Count: > 0 } career)
        {
            await step.Context.SendActivityAsync(AdvisorWords.For(options?.Language).NoCareers, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var words = FitCheckWords.For(options.Language);
        var (title, fit) = career.In(options.Language);
        var index = Math.Clamp(IndexOf(step.Values), 0, fit.Count - 1);
        var question = words.Question(index + 1, fit.Count, AsQuestion(fit[index].Question, words));
        var first = step.Values[AnswersKey] is null && index == 0;
        if (first)
        {
            _insights.FitCheckStarted(career.Id);
        }

        step.Values[AnswersKey] ??= new JsonObject();
        var validations = new JsonObject
        {
            [FitQuestionPrompt.QuestionKey] = question,
            [FitQuestionPrompt.ExplanationKey] = words.Explain(fit[index].Label, AsQuestion(fit[index].Question, words)),
            [FitQuestionPrompt.LanguageKey] = words.Code,
        };
        if (first && options.Guessed)
        {
            validations[FitQuestionPrompt.OtherCareersKey] = new JsonArray(
                [.. _catalog.Guides().Where(c => c.Id != career.Id).Select(c => (JsonNode)new JsonObject
                {
                    [FitQuestionPrompt.CareerValueKey] = c.Title,
                    [FitQuestionPrompt.CareerTitleKey] = _catalog.TitleIn(c.Id, c.Title, options.Language),
                })]);
        }

        return await step.PromptAsync(_prompt.Id, new PromptOptions
        {
            Prompt = MessageFactory.Text(first ? $"{words.Introduction(title, fit.Count, options.Guessed)}\n\n{question}" : question),
            RetryPrompt = MessageFactory.Text(words.Retry(question)),
            Validations = validations,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<FitCheckOptions>()!;
        if (_catalog.FindCareer(options.CareerId) is not { Fit.Count: > 0 } career)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var index = Math.Clamp(IndexOf(step.Values), 0, career.Fit.Count - 1);
        var answers = step.Values[AnswersKey] as JsonObject ?? [];
        step.Values[AnswersKey] = answers;
        var command = step.Result is JsonValue value && value.TryGetValue<string>(out var said) ? said : null;
        if (command == RestartCommand)
        {
            step.Values[IndexKey] = 0;
            step.Values[AnswersKey] = new JsonObject();
            return await step.GoToStepAsync(nameof(AskTraitStepAsync), cancellationToken: cancellationToken);
        }

        if (command == BackCommand)
        {
            step.Values[IndexKey] = Math.Max(0, index - 1);
            return await step.GoToStepAsync(nameof(AskTraitStepAsync), cancellationToken: cancellationToken);
        }

        // A skipped trait is stored as null: it counts neither for nor against the student.
        answers[career.Fit[index].Trait] = command is null && step.Result is JsonValue level && level.TryGetValue<int>(out var score)
            ? score
            : null;
        step.Values[IndexKey] = index + 1;
        if (index + 1 < career.Fit.Count)
        {
            return await step.GoToStepAsync(nameof(AskTraitStepAsync), cancellationToken: cancellationToken);
        }

        await FinishAsync(step.Context, career, answers, options.Language, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task FinishAsync(
        ITurnContext turnContext, CareerProfile career, JsonObject answers, string language, CancellationToken cancellationToken)
    {
        // The result is saved with the English title (the career's name everywhere else) and the labels it was asked in.
        var traitAnswers = career.In(language).Fit
            .Select(t => new TraitAnswer(t.Trait, t.Label, t.Weight, ScoreOf(answers, t.Trait), t.Improve))
            .ToList();
        var result = FitScorer.Score(career.Id, career.Title, traitAnswers, _clock.GetUtcNow());
        (await _state.StudentAsync(turnContext, cancellationToken)).Save(result);
        _insights.FitCheckFinished(career.Id, result.Band.ToString().ToLowerInvariant());
        var memory = await _state.MemoryAsync(turnContext, cancellationToken);
        memory.Focus(career.Id, career.Title);
        memory.FinishedFitCheckCareerId = career.Id;
        var similar = result.Band == FitBand.Strong ? [] : SimilarCareers.Find(result, career, _catalog);
        await turnContext.SendActivityAsync(
            FitResultReply.Create(turnContext.Activity, result, career, similar, FitCheckWords.For(language),
                s => _catalog.TitleIn(s.Id, s.Title, language)), cancellationToken);
    }

    /// <summary>What the question being asked means, in plain words (kept with the prompt when it was asked).</summary>
    private static string ExplanationOf(DialogInstance prompt) =>
        prompt.State["options"]?["validations"]?[FitQuestionPrompt.ExplanationKey]?.GetValue<string>()
        ?? FitCheckWords.For(prompt.State["options"]?["validations"]?[FitQuestionPrompt.LanguageKey]?.GetValue<string>()).ExplainFallback;

    /// <summary>The file's question ending in the language's question mark (French sets a space before it).</summary>
    private static string AsQuestion(string question, FitCheckWords words) => question.TrimEnd().TrimEnd('?').TrimEnd() + words.QuestionMark;

    private static int IndexOf(JsonObject values) =>
        values[IndexKey] is JsonValue v && v.TryGetValue<int>(out var index) ? index : 0;

    private static int? ScoreOf(JsonObject answers, string trait) =>
        answers[trait] is JsonValue v && v.TryGetValue<int>(out var score) ? Math.Clamp(score, 1, 5) : null;
}
