namespace CareerBot.Knowledge.Understanding;

/// <summary>What a question is about once the conversation's earlier messages are taken into account.</summary>
internal sealed record Reading(
    MessageReading Message,
    string? Career,
    double CareerConfidence,
    bool CareerFromContext,
    string? Topic,
    bool TopicFromContext,
    string? Region,
    string? OtherOccupation);
