using CareerBot.Advisor.Replies.Words;
using CareerBot.Dialogs.Choices;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs;

namespace CareerBot.Advisor.Dialogs;

/// <summary>"forget me": asks for confirmation first, since it deletes the student's results and this conversation.</summary>
public sealed class ForgetMeDialog : ComponentDialog
{
    private const string StepsId = "forgetMeSteps";
    private const string ConfirmId = "forgetMeConfirm";

    private readonly AdvisorState _state;

    public ForgetMeDialog(AdvisorState state)
        : base(nameof(ForgetMeDialog))
    {
        ArgumentNullException.ThrowIfNull(state);
        _state = state;
        AddDialog(new WaterfallDialog(StepsId)
            .AddStep(nameof(ConfirmStepAsync), ConfirmStepAsync)
            .AddStep(nameof(ForgetStepAsync), ForgetStepAsync));
        AddDialog(new ConfirmPrompt(ConfirmId));
    }

    /// <summary>Begun with the language the student asked in; the question and its buttons stay in it.</summary>
    private static Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var words = WordsOf(step);
        return step.PromptAsync(ConfirmId, new PromptOptions
        {
            Prompt = MessageFactory.Text(words.ForgetConfirm),
            RetryPrompt = MessageFactory.Text(words.ForgetRetry),
            Choices = words.Code == "fr" ? [new Choice("Oui"), new Choice("Non")] : null,
            MaxAttempts = 2,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ForgetStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<bool>(out var yes) && yes)
        {
            await _state.ForgetAsync(step.Context, cancellationToken);
            await step.Context.SendActivityAsync(WordsOf(step).Forgotten, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        await step.Context.SendActivityAsync(WordsOf(step).ForgetKept, cancellationToken: cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static AdvisorWords WordsOf(WaterfallStepContext step) => AdvisorWords.For(step.GetOptions<string>());
}
