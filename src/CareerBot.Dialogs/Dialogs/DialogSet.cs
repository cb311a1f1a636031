using CareerBot.BotFramework.State;
using CareerBot.BotFramework.Turns;

namespace CareerBot.Dialogs;

/// <summary>The dialogs a bot (or a component dialog) can start, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;

    /// <param name="dialogState">Where the stack is kept between turns; only needed for <see cref="CreateContextAsync"/>.</param>
    public DialogSet(IStatePropertyAccessor<DialogState>? dialogState = null)
    {
        _dialogState = dialogState;
    }

    public IEnumerable<Dialog> Dialogs => _dialogs.Values;

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog))
            {
                return this;
            }

            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        _dialogs.Add(dialog.Id, dialog);
        return this;
    }

    public Dialog? Find(string dialogId)
    {
        ArgumentNullException.ThrowIfNull(dialogId);
        return _dialogs.GetValueOrDefault(dialogId);
    }

    /// <summary>Loads this conversation's stack and returns a context to drive it for the current turn.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This dialog set was created without a dialog state accessor.");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken) ?? new DialogState();
        return new DialogContext(this, turnContext, state);
    }
}
