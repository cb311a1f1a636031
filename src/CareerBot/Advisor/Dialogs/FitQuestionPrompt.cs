using System.Text.Json.Nodes;
using CareerBot.Advisor.FitCheck;
using CareerBot.Advisor.Replies;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs.Prompts;

namespace CareerBot.Advisor.Dialogs;

/// <summary>
/// A fit-check question: understands the 1–5 answer like <see cref="ScalePrompt"/> and shows the five answer buttons
/// where the channel can show them. The introduction goes with the first asking only; repeats ask the bare question.
/// </summary>
public sealed class FitQuestionPrompt : ScalePrompt
{
    /// <summary>Keys of <see cref="PromptOptions.Validations"/>: the bare question, and careers to offer instead.</summary>
    public const string QuestionKey = "question";
    public const string OtherCareersKey = "otherCareers";

    private const string AskedKey = "asked";

    public FitQuestionPrompt()
        : base(nameof(FitQuestionPrompt))
    {
    }

    protected override async Task OnPromptAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        var askedBefore = state[AskedKey] is JsonValue asked && asked.TryGetValue<bool>(out var yes) && yes;
        var question = options.Validations?[QuestionKey]?.GetValue<string>() ?? options.Prompt?.Text ?? string.Empty;
        var text = isRetry ? options.RetryPrompt?.Text ?? question
            : askedBefore ? question
            : options.Prompt?.Text ?? question;
        state[AskedKey] = true;

        var reply = ReplyFactory.Create(turnContext.Activity, text, buttons: ScaleButtons.All, inputHint: InputHints.ExpectingInput);
        if (!isRetry && !askedBefore && options.Validations?[OtherCareersKey] is JsonArray careers && careers.Count > 0)
        {
            var buttons = careers.Select(c => c!.GetValue<string>()).Select(title => new Button(title, $"Fit check for {title}")).ToList();
            reply.Attachments = [.. reply.Attachments ?? [], ReplyFactory.ButtonCard(buttons)];
        }

        await turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
