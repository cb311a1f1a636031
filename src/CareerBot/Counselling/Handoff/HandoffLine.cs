namespace CareerBot.Counselling.Handoff;

/// <summary>One line of a handed-over conversation: who said it (<see cref="HandoffSpeakers"/>), what, and when.</summary>
public sealed record HandoffLine(string From, string Text, DateTimeOffset At);

public static class HandoffSpeakers
{
    public const string Student = "student";
    public const string Bot = "bot";
    public const string Counsellor = "counsellor";
}
