using System.Text.Json.Nodes;
using CareerBot.BotFramework.Turns;

namespace CareerBot.Dialogs;

/// <summary>
/// A unit of conversation that can sit on the dialog stack. Dialogs are stateless objects shared by every
/// conversation; whatever they remember lives in their <see cref="DialogInstance.State"/> as plain JSON.
/// </summary>
public abstract class Dialog
{
    /// <summary>Returned when the dialog waits for the user's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    /// <summary>Called when the dialog is pushed onto the stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, JsonNode? options = null, CancellationToken cancellationToken = default);

    /// <summary>Called with each new activity while the dialog is on top of the stack; by default it ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Called when a child dialog ended and this one is on top again; by default it ends with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, JsonNode? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks again for whatever the dialog is waiting for (after an interruption, say).</summary>
    public virtual Task RepromptDialogAsync(
        ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Called as the dialog leaves the stack, for clean-up.</summary>
    public virtual Task EndDialogAsync(
        ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
