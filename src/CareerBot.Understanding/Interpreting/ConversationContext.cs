namespace CareerBot.Understanding.Interpreting;

/// <summary>
/// What the conversation is about before this message: the career, topic and region of the last answer, and whether a
/// fit-check question is waiting for its 1–5 answer. A message that names its own career, topic or region wins.
/// </summary>
public sealed record ConversationContext(
    string? Career = null,
    string? Topic = null,
    string? Region = null,
    bool AwaitingRating = false,
    string? FitCheckCareer = null)
{
    public static ConversationContext None { get; } = new();
}
