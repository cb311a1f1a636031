using System.Text.Json.Nodes;
using CareerBot.BotFramework.Turns;

namespace CareerBot.Dialogs;

/// <summary>Drives one dialog stack for the current turn: start, continue, end, replace and cancel dialogs.</summary>
public sealed class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        State = state;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }
    public ITurnContext Context { get; }
    public DialogState State { get; }

    /// <summary>The context of the component dialog this stack belongs to, if any.</summary>
    public DialogContext? Parent { get; }

    /// <summary>The stack, top first.</summary>
    public List<DialogInstance> Stack => State.DialogStack;

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Finds a dialog in this set or, failing that, in the sets of the enclosing component dialogs.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes a dialog onto the stack and starts it. <paramref name="options"/> is stored as JSON.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' can be found from this context.");
        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return dialog.BeginDialogAsync(this, DialogJson.ToNode(options), cancellationToken);
    }

    /// <summary>Starts a prompt with its options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Hands the turn's activity to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Empty));
        }

        var dialog = FindDialog(instance.Id);
        if (dialog is null)
        {
            // A stack saved by a version of the bot that had other dialogs: start afresh rather than fail every turn.
            Stack.Clear();
            return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Empty));
        }

        return dialog.ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        var node = DialogJson.ToNode(result);
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken);

        var parentInstance = ActiveDialog;
        if (parentInstance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, node);
        }

        return await FindActive(parentInstance).ResumeDialogAsync(this, DialogReason.EndCalled, node, cancellationToken);
    }

    /// <summary>Ends the active dialog and starts another in its place, without resuming the one below.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Ends every dialog on the stack, top first.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to repeat its question (after an interruption was answered, say).</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        return instance is null
            ? Task.CompletedTask
            : FindActive(instance).RepromptDialogAsync(Context, instance, cancellationToken);
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }

        // A dialog missing from the set (removed in a newer version) is simply dropped.
        var dialog = FindDialog(instance.Id);
        if (dialog is not null)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken);
        }

        Stack.RemoveAt(0);
    }

    private Dialog FindActive(DialogInstance instance) =>
        FindDialog(instance.Id)
        ?? throw new InvalidOperationException($"The dialog '{instance.Id}' on the stack is not in the dialog set.");
}
