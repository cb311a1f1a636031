using System.Text.Json.Nodes;
using CareerBot.BotFramework.Turns;

namespace CareerBot.Dialogs;

/// <summary>Asks for free text; any non-blank message is an answer.</summary>
public class TextPrompt : Prompt<string>
{
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text?.Trim();
        return Task.FromResult(string.IsNullOrEmpty(text)
            ? PromptRecognizerResult<string>.Failure()
            : PromptRecognizerResult<string>.Success(text));
    }
}
