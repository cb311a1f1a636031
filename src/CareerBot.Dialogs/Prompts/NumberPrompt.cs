using System.Numerics;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs.Recognizers;

namespace CareerBot.Dialogs;

/// <summary>Asks for a number, in digits or words, English or French ("4", "four", "quatre", "4.5").</summary>
/// <typeparam name="T">The number type, such as <see cref="int"/> or <see cref="double"/>; a whole type rejects "4.5".</typeparam>
public class NumberPrompt<T> : Prompt<T>
    where T : struct, INumber<T>
{
    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId, validator)
    {
    }

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var result = PromptRecognizerResult<T>.Failure();
        if (NumberRecognizer.TryRecognizeNumber(turnContext.Activity.Text, LocaleOf(turnContext), out var value))
        {
            // Converting back and forth catches fractions for whole types and values out of the type's range.
            var converted = T.CreateSaturating(value);
            if (double.CreateSaturating(converted) == value)
            {
                result = PromptRecognizerResult<T>.Success(converted);
            }
        }

        return Task.FromResult(result);
    }
}
