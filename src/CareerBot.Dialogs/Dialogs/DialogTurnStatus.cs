namespace CareerBot.Dialogs;

/// <summary>Where the dialog stack stands after a call into it.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack is empty: nothing was running.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended; the result is in <see cref="DialogTurnResult.Result"/>.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
