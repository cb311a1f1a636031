using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs;

namespace CareerBot.Dialogs.Tests.Dialogs;

/// <summary>A three-question waterfall used by the tests: name, age, confirmation.</summary>
public sealed class ProfileDialog : ComponentDialog
{
    public ProfileDialog(int? maxAttempts = null)
        : base(nameof(ProfileDialog))
    {
        MaxAttempts = maxAttempts;
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog))
            .AddStep(nameof(AskNameStepAsync), AskNameStepAsync)
            .AddStep(nameof(AskAgeStepAsync), AskAgeStepAsync)
            .AddStep(nameof(ConfirmStepAsync), ConfirmStepAsync)
            .AddStep(nameof(SummaryStepAsync), SummaryStepAsync));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        AddDialog(new NumberPrompt<int>(nameof(NumberPrompt<int>)));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
    }

    private int? MaxAttempts { get; }

    private static Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text("What is your name?") }, cancellationToken);

    private Task<DialogTurnResult> AskAgeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["name"] = step.GetResult<string>();
        return step.PromptAsync(nameof(NumberPrompt<int>), new PromptOptions
        {
            Prompt = MessageFactory.Text($"How old are you, {step.Values["name"]}?"),
            RetryPrompt = MessageFactory.Text("Please give your age as a number, like 17."),
            MaxAttempts = MaxAttempts,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is null)
        {
            await step.Context.SendActivityAsync("Never mind the age.", cancellationToken: cancellationToken);
            return await step.EndDialogAsync(new { name = step.Values["name"]?.GetValue<string>() }, cancellationToken);
        }

        step.Values["age"] = step.GetResult<int>();
        return await step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions
        {
            Prompt = MessageFactory.Text($"{step.Values["name"]}, {step.Values["age"]}: is that right?"),
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var confirmed = step.GetResult<bool>();
        await step.Context.SendActivityAsync(confirmed ? "Thanks, noted." : "Let's leave it there.", cancellationToken: cancellationToken);
        return await step.EndDialogAsync(step.Values, cancellationToken);
    }
}
