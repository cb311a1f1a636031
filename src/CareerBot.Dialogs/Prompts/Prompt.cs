using System.Text.Json.Nodes;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs.Choices;

namespace CareerBot.Dialogs;

/// <summary>
/// Asks a question and waits until the answer is understood (and valid), re-asking with the retry prompt;
/// after <see cref="PromptOptions.MaxAttempts"/> answers it gives up and ends with a null result.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string AttemptCountKey = "attemptCount";
    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    /// <summary>The locale assumed when the incoming activity has none ("en-us", "fr-ca").</summary>
    public string? DefaultLocale { get; set; }

    public override async Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, JsonNode? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = DialogJson.FromNode<PromptOptions>(options)
            ?? throw new ArgumentException($"The prompt '{Id}' needs PromptOptions.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = DialogJson.ToNode(promptOptions);
        state[AttemptCountKey] = 0;
        await OnPromptAsync(dc.Context, state, promptOptions, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var options = ReadOptions(state);
        var attempts = (state[AttemptCountKey] is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0) + 1;
        state[AttemptCountKey] = attempts;

        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken);
        var valid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, options, state, attempts), cancellationToken);
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (options.MaxAttempts is { } max && attempts >= max)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        // A validator that already answered (with its own explanation) is not talked over.
        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, isRetry: true, cancellationToken);
        }

        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, JsonNode? result = null, CancellationToken cancellationToken = default)
    {
        // Something was started on top of this prompt (an interruption) and has ended: ask the question again.
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turnContext, instance.State, ReadOptions(instance.State), isRetry: false, cancellationToken);
    }

    /// <summary>Sends the question (or the retry question) with its choices shown as the channel allows.</summary>
    protected virtual async Task OnPromptAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var question = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (question is null)
        {
            return;
        }

        var choices = ChoicesFor(turnContext, options);
        var activity = ChoiceFactory.AppendChoices(question, turnContext.Activity, choices, options.Style ?? ListStyle.Auto);
        await turnContext.SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>Reads the answer from the turn's activity.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>The buttons shown with the question; by default the options' choices.</summary>
    protected virtual IReadOnlyList<Choice> ChoicesFor(ITurnContext turnContext, PromptOptions options) =>
        options.Choices ?? [];

    /// <summary>The locale to recognize the answer in.</summary>
    protected string? LocaleOf(ITurnContext turnContext) => turnContext.Activity.Locale ?? DefaultLocale;

    private static PromptOptions ReadOptions(JsonObject state) => DialogJson.FromNode<PromptOptions>(state[OptionsKey]) ?? new PromptOptions();
}
