using System.Text.Json.Nodes;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs.Choices;
using CareerBot.Dialogs.Recognizers;

namespace CareerBot.Dialogs;

/// <summary>Offers choices as buttons and accepts the text, a synonym, a few of its words, its number or an ordinal.</summary>
public class ChoicePrompt : Prompt<FoundChoice>
{
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null)
        : base(dialogId, validator)
    {
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var found = ChoiceRecognizer.Recognize(turnContext.Activity.Text, options.Choices ?? [], LocaleOf(turnContext));
        return Task.FromResult(found is null
            ? PromptRecognizerResult<FoundChoice>.Failure()
            : PromptRecognizerResult<FoundChoice>.Success(found));
    }
}
