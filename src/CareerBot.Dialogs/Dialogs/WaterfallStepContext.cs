using System.Text.Json.Nodes;
using CareerBot.BotFramework.Turns;

namespace CareerBot.Dialogs;

/// <summary>What a waterfall step sees: the previous step's result, the dialog's options and values, and the ways to move on.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _moved;

    internal WaterfallStepContext(
        WaterfallDialog waterfall, DialogContext dc, JsonNode? options, JsonObject values, int index, string name,
        DialogReason reason, JsonNode? result)
    {
        _waterfall = waterfall;
        DialogContext = dc;
        Options = options;
        Values = values;
        Index = index;
        StepName = name;
        Reason = reason;
        Result = result;
    }

    public DialogContext DialogContext { get; }
    public ITurnContext Context => DialogContext.Context;

    /// <summary>The options the waterfall was started with.</summary>
    public JsonNode? Options { get; }

    /// <summary>A JSON bag kept between the steps of this waterfall (answers so far, counters…).</summary>
    public JsonObject Values { get; }

    public int Index { get; }
    public string StepName { get; }
    public DialogReason Reason { get; }

    /// <summary>The previous step's result: a prompt's answer (null when it gave up), a child dialog's result, or the user's text.</summary>
    public JsonNode? Result { get; }

    public T? GetResult<T>() => DialogJson.FromNode<T>(Result);
    public T? GetOptions<T>() => DialogJson.FromNode<T>(Options);

    /// <summary>Skips to the next step without waiting for the user.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default) =>
        GoToStepAsync(Index + 1, result, cancellationToken);

    /// <summary>Runs another step of this waterfall now: an earlier one to go back, a later one to skip ahead.</summary>
    public Task<DialogTurnResult> GoToStepAsync(int index, object? result = null, CancellationToken cancellationToken = default)
    {
        if (_moved)
        {
            throw new InvalidOperationException($"Step '{StepName}' already moved on.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(index);
        _moved = true;
        return _waterfall.RunStepAsync(DialogContext, index, DialogReason.NextCalled, DialogJson.ToNode(result), cancellationToken);
    }

    /// <summary>Runs a named step now.</summary>
    public Task<DialogTurnResult> GoToStepAsync(string stepName, object? result = null, CancellationToken cancellationToken = default)
    {
        var index = _waterfall.StepNames.ToList().IndexOf(stepName);
        if (index < 0)
        {
            throw new ArgumentException($"The waterfall '{_waterfall.Id}' has no step '{stepName}'.", nameof(stepName));
        }

        return GoToStepAsync(index, result, cancellationToken);
    }

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        DialogContext.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.ReplaceDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default) =>
        DialogContext.CancelAllDialogsAsync(cancellationToken);
}
