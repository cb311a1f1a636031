using System.Text.Json.Nodes;
using CareerBot.BotFramework.Turns;

namespace CareerBot.Dialogs;

/// <summary>
/// A dialog made of other dialogs. It runs its own inner stack, kept inside its instance state, so it can be
/// started from any parent as one unit; it ends when its inner stack empties.
/// </summary>
public class ComponentDialog : Dialog
{
    private const string InnerStackKey = "dialogs";
    private readonly DialogSet _dialogs = new();

    public ComponentDialog(string id)
        : base(id)
    {
    }

    /// <summary>The inner dialog started when the component begins; defaults to the first one added.</summary>
    public string? InitialDialogId { get; set; }

    protected DialogSet Dialogs => _dialogs;

    public ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => _dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, JsonNode? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var innerDc = CreateInnerContext(dc, instance);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken);
        return await EndIfInnerStackDoneAsync(dc, instance, innerDc, turnResult, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var innerDc = CreateInnerContext(dc, instance);
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken);
        return await EndIfInnerStackDoneAsync(dc, instance, innerDc, turnResult, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, JsonNode? result = null, CancellationToken cancellationToken = default)
    {
        // A dialog started from the parent on top of this component has ended: ask again what the inner stack waits for.
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(
        ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var innerDc = new DialogContext(_dialogs, turnContext, ReadInnerState(instance));
        await innerDc.RepromptDialogAsync(cancellationToken);
        WriteInnerState(instance, innerDc.State);
    }

    public override async Task EndDialogAsync(
        ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            var innerDc = new DialogContext(_dialogs, turnContext, ReadInnerState(instance));
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            WriteInnerState(instance, innerDc.State);
        }
    }

    /// <summary>Starts the initial dialog; override to pass it other options.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(
        DialogContext innerDc, JsonNode? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"The component dialog '{Id}' has no dialogs.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>Continues the inner stack; override to handle interruptions (help, cancel, a question) first.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>Ends the component with the result of its inner stack; override to shape the result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, JsonNode? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private DialogContext CreateInnerContext(DialogContext outerDc, DialogInstance instance) =>
        new(_dialogs, outerDc.Context, ReadInnerState(instance), outerDc);

    private async Task<DialogTurnResult> EndIfInnerStackDoneAsync(
        DialogContext outerDc, DialogInstance instance, DialogContext innerDc, DialogTurnResult innerResult,
        CancellationToken cancellationToken)
    {
        WriteInnerState(instance, innerDc.State);
        return innerResult.Status switch
        {
            DialogTurnStatus.Complete => await EndComponentAsync(outerDc, innerResult.Result, cancellationToken),
            DialogTurnStatus.Cancelled or DialogTurnStatus.Empty => await outerDc.EndDialogAsync(null, cancellationToken),
            _ => EndOfTurn,
        };
    }

    // The inner stack is kept as JSON inside this component's instance state, so the whole tree stays plain data.
    private static DialogState ReadInnerState(DialogInstance instance) =>
        DialogJson.FromNode<DialogState>(instance.State[InnerStackKey]) ?? new DialogState();

    private static void WriteInnerState(DialogInstance instance, DialogState state) =>
        instance.State[InnerStackKey] = DialogJson.ToNode(state);
}
