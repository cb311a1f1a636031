using CareerBot.BotFramework.Schema;

namespace CareerBot.Counselling.Handoff;

/// <summary>
/// A student's request for a person: the conversation so far, the messages since, and where to deliver the
/// counsellor's replies (the conversation reference). Kept under <c>counselling/handoffs/{id}</c>; "forget me" deletes it.
/// </summary>
public sealed record HandoffRecord
{
    public required string Id { get; init; }

    public required string ChannelId { get; init; }

    public required string ConversationId { get; init; }

    public required ConversationReference Reference { get; init; }

    public required string Language { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public HandoffStatus Status { get; init; }

    /// <summary>The conversation before the request, oldest first.</summary>
    public IReadOnlyList<HandoffLine> Transcript { get; init; } = [];

    /// <summary>What the student and the counsellor said since, oldest first.</summary>
    public IReadOnlyList<HandoffLine> Messages { get; init; } = [];

    /// <summary>The name the student sees on the counsellor's messages.</summary>
    public string? CounsellorName { get; init; }

    public bool IsOpen => Status is HandoffStatus.Waiting or HandoffStatus.Active or HandoffStatus.WithChannel;
}
