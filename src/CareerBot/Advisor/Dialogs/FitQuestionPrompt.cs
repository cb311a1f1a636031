using System.Text.Json.Nodes;
using CareerBot.Advisor.FitCheck;
using CareerBot.Advisor.Replies;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs.Prompts;
using CareerBot.Dialogs.Recognizers;

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

    /// <summary>
    /// Also reads a bare number off the 1–5 scale generously: 0 is the bottom, 6–10 a mark out of ten, 11–100 a percentage,
    /// since a student who says "8" means "a lot" rather than nothing.
    /// </summary>
    public override int? RecognizeLevel(string? text, string? locale)
    {
        if (base.RecognizeLevel(text, locale) is { } level)
        {
            return level;
        }

        var numbers = NumberRecognizer.RecognizeNumbers(text, locale);
        if (numbers.Count != 1 || TextNormalizer.Tokenize(text).Count > 3)
        {
            return null;
        }

        return numbers[0].Value switch
        {
            >= 0 and < 1 => 1,
            > 5 and <= 10 and var outOfTen => (int)Math.Round(outOfTen / 2, MidpointRounding.AwayFromZero),
            > 10 and <= 100 and var percent => Math.Max(1, (int)Math.Round(percent / 20, MidpointRounding.AwayFromZero)),
            _ => null,
        };
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
            var buttons = careers.Select(c => c!.GetValue<string>()).Select(Button.FitCheckFor).ToList();
            reply.Attachments = [.. reply.Attachments ?? [], ReplyFactory.ButtonCard(buttons)];
        }

        await turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
