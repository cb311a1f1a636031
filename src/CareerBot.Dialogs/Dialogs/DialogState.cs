namespace CareerBot.Dialogs;

/// <summary>The dialog stack as stored in conversation state; the top of the stack is the first entry.</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}
