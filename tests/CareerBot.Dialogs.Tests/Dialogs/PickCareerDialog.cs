using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs.Choices;
using CareerBot.Dialogs;

namespace CareerBot.Dialogs.Tests.Dialogs;

/// <summary>A one-question waterfall used by the tests: pick a career from three buttons.</summary>
public sealed class PickCareerDialog : ComponentDialog
{
    public static readonly string[] Careers = ["IT Analyst", "IT Manager", "IT Service Manager"];

    public PickCareerDialog()
        : base(nameof(PickCareerDialog))
    {
        AddDialog(new WaterfallDialog("pick")
            .AddStep(nameof(AskStepAsync), AskStepAsync)
            .AddStep(nameof(ConfirmStepAsync), ConfirmStepAsync));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
    }

    private static Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = MessageFactory.Text("Which career?"),
            RetryPrompt = MessageFactory.Text("Please pick one of these careers."),
            Choices = Careers.Select(c => new Choice(c)).ToList(),
        }, cancellationToken);

    private static async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var picked = step.GetResult<FoundChoice>()!;
        await step.Context.SendActivityAsync($"You picked {picked.Value}.", cancellationToken: cancellationToken);
        return await step.EndDialogAsync(picked.Value, cancellationToken);
    }
}
