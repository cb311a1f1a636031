namespace CareerBot.Dialogs;

/// <summary>One step of a waterfall: it usually prompts (ending the turn) or moves on with <c>NextAsync</c>.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
