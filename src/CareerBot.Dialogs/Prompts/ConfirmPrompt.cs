using System.Text.Json.Nodes;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs.Choices;
using CareerBot.Dialogs.Recognizers;

namespace CareerBot.Dialogs;

/// <summary>Asks a yes/no question with Yes/No buttons (Oui/Non in French) and understands everyday answers.</summary>
public class ConfirmPrompt : Prompt<bool>
{
    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null)
        : base(dialogId, validator)
    {
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text;
        var answer = YesNoRecognizer.Recognize(text, LocaleOf(turnContext));
        if (answer is null)
        {
            // "1" or "the first one" pick the buttons by position.
            var picked = ChoiceRecognizer.Recognize(text, ChoicesFor(turnContext, options), LocaleOf(turnContext));
            answer = picked is null ? null : picked.Index == 0;
        }

        return Task.FromResult(answer is { } yes
            ? PromptRecognizerResult<bool>.Success(yes)
            : PromptRecognizerResult<bool>.Failure());
    }

    protected override IReadOnlyList<Choice> ChoicesFor(ITurnContext turnContext, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Choices is { Count: 2 } custom)
        {
            return custom;
        }

        return RecognizerCulture.FromLocale(LocaleOf(turnContext)) == RecognizerCulture.French
            ? [new Choice("Oui"), new Choice("Non")]
            : [new Choice("Yes"), new Choice("No")];
    }
}
