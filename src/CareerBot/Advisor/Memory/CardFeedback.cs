using System.Text.Json;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Advisor.Memory;

/// <summary>
/// Which answer a card's Helpful / Not helpful tap rates. The router rates the conversation's last answer, once, then
/// forgets it; a tap also names its card, so a tap on any other card (its answer already rated, or an older answer)
/// finds nothing to rate instead of being counted against the last answer. One card, one rating.
/// </summary>
public static class CardFeedback
{
    /// <summary>The card a tap came from: Web Chat posts an Action.Submit's data (text and card) as the message's value.
    /// Null for typed feedback, and for Teams, which posts a feedback button's text only.</summary>
    public static string? CardOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("answer", out var card) && card.ValueKind == JsonValueKind.String
            ? card.GetString()
            : null;
    }

    /// <summary>
    /// Takes the last answer out of reach for this turn when the tap names another card; returns it, for
    /// <see cref="PutBack"/> once the turn has run, so the last answer can still be rated from its own card.
    /// </summary>
    public static AnswerRated? SetAside(ConversationMemory memory, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(memory);
        if (CardOf(activity) is not { } card || memory.LastAnswer is not { } last || last.Id == card)
        {
            return null;
        }

        memory.LastAnswer = null;
        return last;
    }

    public static void PutBack(ConversationMemory memory, AnswerRated? setAside)
    {
        ArgumentNullException.ThrowIfNull(memory);
        if (setAside is not null && memory.LastAnswer is null)
        {
            memory.LastAnswer = setAside;
        }
    }
}
