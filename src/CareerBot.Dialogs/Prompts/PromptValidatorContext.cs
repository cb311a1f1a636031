using System.Text.Json.Nodes;
using CareerBot.BotFramework.Turns;

namespace CareerBot.Dialogs;

/// <summary>What a validator sees: the turn, what was recognized, the prompt's options and how many answers were given.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(
        ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, JsonObject state, int attemptCount)
    {
        Context = context;
        Recognized = recognized;
        Options = options;
        State = state;
        AttemptCount = attemptCount;
    }

    public ITurnContext Context { get; }
    public PromptRecognizerResult<T> Recognized { get; }
    public PromptOptions Options { get; }

    /// <summary>The prompt's own state, for a validator that needs to remember something between answers.</summary>
    public JsonObject State { get; }

    /// <summary>The number of answers given so far, this one included (1 on the first answer).</summary>
    public int AttemptCount { get; }
}
