namespace CareerBot.Dialogs;

/// <summary>Decides whether a recognized answer is acceptable; it may change the value or send its own retry message.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
