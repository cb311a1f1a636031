using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs;

namespace CareerBot.Dialogs.Tests.Dialogs;

/// <summary>A waterfall that hands over to the profile questions with ReplaceDialog, so it never resumes itself.</summary>
public sealed class MenuDialog : WaterfallDialog
{
    public MenuDialog()
        : base(nameof(MenuDialog))
    {
        AddStep(nameof(HandOverStepAsync), HandOverStepAsync);
        AddStep(nameof(NeverReachedStepAsync), NeverReachedStepAsync);
    }

    private static async Task<DialogTurnResult> HandOverStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync("Let's set up your profile.", cancellationToken: cancellationToken);
        return await step.ReplaceDialogAsync(nameof(ProfileDialog), cancellationToken: cancellationToken);
    }

    private static async Task<DialogTurnResult> NeverReachedStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync("The menu resumed.", cancellationToken: cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
