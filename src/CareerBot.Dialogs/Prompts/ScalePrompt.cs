using System.Text.Json.Nodes;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs.Recognizers;

namespace CareerBot.Dialogs;

/// <summary>
/// Asks for a rating from 1 to <see cref="Max"/> and understands it however it is said: "4", "4/5", "8 out of 10",
/// "pretty much", "pas vraiment", a tap on one of the option's buttons. The result is the whole level.
/// </summary>
public class ScalePrompt : Prompt<int>
{
    public ScalePrompt(string dialogId, PromptValidator<int>? validator = null, int max = 5)
        : base(dialogId, validator)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        Max = max;
    }

    public int Max { get; }

    /// <summary>The level in the text, from numbers first, then agreement words; null when unclear.</summary>
    public virtual int? RecognizeLevel(string? text, string? locale) =>
        ScaleRecognizer.RecognizeLevel(text, locale, Max)
        ?? (Max == 5 ? AgreementRecognizer.Recognize(text, locale) : null);

    protected override Task<PromptRecognizerResult<int>> OnRecognizeAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var text = turnContext.Activity.Text;
        var locale = LocaleOf(turnContext);
        var level = RecognizeLevel(text, locale);
        if (level is null && options.Choices is { Count: > 0 } choices && choices.Count == Max)
        {
            // Buttons labelled in words ("Not at all" … "Absolutely") are levels 1..Max in order.
            level = ChoiceRecognizer.Recognize(text, choices, locale)?.Index + 1;
        }

        return Task.FromResult(level is { } found
            ? PromptRecognizerResult<int>.Success(found)
            : PromptRecognizerResult<int>.Failure());
    }
}
