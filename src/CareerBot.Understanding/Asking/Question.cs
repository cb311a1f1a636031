namespace CareerBot.Understanding.Asking;

/// <summary>A student's question and the earlier user messages of the conversation (oldest first), for follow-ups.</summary>
public sealed record Question(string Text, IReadOnlyList<string>? Context = null);
