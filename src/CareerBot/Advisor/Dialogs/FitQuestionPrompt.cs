using System.Text.Json.Nodes;
using CareerBot.Advisor.FitCheck.Words;
using CareerBot.Advisor.Replies;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;
using CareerBot.Dialogs;
using CareerBot.Advisor.Understanding;
using CareerBot.Understanding.Interpreting;

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
    public const string ExplanationKey = "explanation";

    /// <summary>Keys of one career to offer instead: the English title its button sends, and the title it shows.</summary>
    public const string CareerValueKey = "value";
    public const string CareerTitleKey = "title";

    /// <summary>The language the check was started in, so every prompt and button keeps it.</summary>
    public const string LanguageKey = "language";

    private const string AskedKey = "asked";

    private readonly TurnUnderstanding _understanding;

    public FitQuestionPrompt(TurnUnderstanding understanding)
        : base(nameof(FitQuestionPrompt))
    {
        ArgumentNullException.ThrowIfNull(understanding);
        _understanding = understanding;
    }

    /// <summary>
    /// The answer as understanding read it: a digit, "4/5", or words ("that's me", "meh, average", "pas du tout").
    /// A number off the scale ("6", "0") is no answer: the question is asked again rather than the number squeezed onto it.
    /// </summary>
    protected override async Task<PromptRecognizerResult<int>> OnRecognizeAsync(
        ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var meaning = await _understanding.ReadAsync(turnContext, inFitCheck: true, cancellationToken);
        return meaning is { Intent: Intent.Rating, Rating: { } level }
            ? PromptRecognizerResult<int>.Success(level)
            : PromptRecognizerResult<int>.Failure();
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

        var words = FitCheckWords.For(options.Validations?[LanguageKey]?.GetValue<string>());
        var reply = ReplyFactory.Create(turnContext.Activity, text, buttons: words.Scale, inputHint: InputHints.ExpectingInput);
        if (!isRetry && !askedBefore && options.Validations?[OtherCareersKey] is JsonArray careers && careers.Count > 0)
        {
            var buttons = careers.OfType<JsonNode>().Select(c => OtherCareerButton(c, words)).ToList();
            reply.Attachments = [.. reply.Attachments ?? [], ReplyFactory.ButtonCard(buttons)];
        }

        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    /// <summary>A career offered instead; a check saved before titles were translated holds the English title alone.</summary>
    private static Button OtherCareerButton(JsonNode career, FitCheckWords words)
    {
        if (career is not JsonObject offered)
        {
            var english = career.GetValue<string>();
            return new Button(words.FitCheckForTitle(english), Button.FitCheckFor(english).Value);
        }

        var value = offered[CareerValueKey]!.GetValue<string>();
        var title = offered[CareerTitleKey]?.GetValue<string>() ?? value;
        return new Button(words.FitCheckForTitle(title), Button.FitCheckFor(value).Value);
    }
}
