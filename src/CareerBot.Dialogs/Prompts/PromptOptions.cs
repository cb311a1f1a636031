using System.Text.Json.Nodes;
using CareerBot.BotFramework.Schema;
using CareerBot.Dialogs.Choices;

namespace CareerBot.Dialogs;

/// <summary>What a prompt asks and how; stored with the prompt on the dialog stack, so plain data.</summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Asked instead of <see cref="Prompt"/> after an answer that was not understood or not valid.</summary>
    public Activity? RetryPrompt { get; set; }

    public List<Choice>? Choices { get; set; }

    public ListStyle? Style { get; set; }

    /// <summary>Extra data for a custom validator (allowed range, minimum length…).</summary>
    public JsonNode? Validations { get; set; }

    /// <summary>
    /// How many answers the prompt accepts before giving up; null for no limit. A prompt that gives up ends with a
    /// null result, so the step after it can move on (skip the question, explain, offer another way).
    /// </summary>
    public int? MaxAttempts { get; set; }
}
