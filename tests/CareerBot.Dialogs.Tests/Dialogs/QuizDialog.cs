using System.Text.Json.Nodes;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs;

namespace CareerBot.Dialogs.Tests.Dialogs;

/// <summary>
/// A fit-check-shaped dialog used by the tests: one 1–5 question per trait, "back", "skip" and "cancel" caught by the
/// component before the prompt sees them, and "why" answered in the middle without losing the place.
/// </summary>
public sealed class QuizDialog : ComponentDialog
{
    public static readonly string[] Questions = ["Do you enjoy technology?", "Do you like leading people?", "Do you stay calm under pressure?"];

    public QuizDialog()
        : base(nameof(QuizDialog))
    {
        AddDialog(new WaterfallDialog("quiz", [AskStepAsync, RecordStepAsync]));
        AddDialog(new ScalePrompt(nameof(ScalePrompt)));
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        switch (innerDc.Context.Activity.Text?.Trim().ToLowerInvariant())
        {
            case "back" or "skip":
                // End the question with the command as its answer; the waterfall decides what it means.
                return await innerDc.EndDialogAsync(innerDc.Context.Activity.Text!.Trim().ToLowerInvariant(), cancellationToken);
            case "cancel":
                await innerDc.Context.SendActivityAsync("Fit check cancelled.", cancellationToken: cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            case "why":
                await innerDc.Context.SendActivityAsync("Each answer tells me how close you are to the career.", cancellationToken: cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return Dialog.EndOfTurn;
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    private static Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var index = step.Values["question"]?.GetValue<int>() ?? 0;
        step.Values["question"] = index;
        return step.PromptAsync(nameof(ScalePrompt), new PromptOptions
        {
            Prompt = MessageFactory.Text($"{index + 1}/{Questions.Length}. {Questions[index]}"),
            RetryPrompt = MessageFactory.Text("Sorry, how much, from 1 (not at all) to 5 (absolutely)?"),
            Choices = new[] { "1", "2", "3", "4", "5" }.Select(c => new Choices.Choice(c)).ToList(),
            MaxAttempts = 3,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var index = step.Values["question"]!.GetValue<int>();
        if (step.Values["answers"] is not JsonObject answers)
        {
            answers = [];
            step.Values["answers"] = answers;
        }

        var command = step.Result is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

        if (command == "back")
        {
            step.Values["question"] = Math.Max(index - 1, 0);
            return await step.GoToStepAsync(nameof(AskStepAsync), cancellationToken: cancellationToken);
        }

        answers[$"q{index + 1}"] = command is null ? step.Result?.DeepClone() : null;
        if (index + 1 < Questions.Length)
        {
            step.Values["question"] = index + 1;
            return await step.GoToStepAsync(0, cancellationToken: cancellationToken);
        }

        return await step.EndDialogAsync(answers, cancellationToken);
    }
}
