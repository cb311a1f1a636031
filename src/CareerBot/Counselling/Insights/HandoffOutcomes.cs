namespace CareerBot.Counselling.Insights;

/// <summary>What became of a request for a person, as the overview counts them.</summary>
public static class HandoffOutcomes
{
    /// <summary>A counsellor was online in the console, so the chat was handed over.</summary>
    public const string HandedOver = "handed-over";

    /// <summary>Nobody was online: the student was given the office's contact.</summary>
    public const string GivenContact = "given-contact";

    /// <summary>The student left a message for the inbox.</summary>
    public const string MessageLeft = "message-left";

    /// <summary>The channel's own agent hub took the conversation (handoff.status accepted).</summary>
    public const string TakenByChannel = "taken-by-channel";

    /// <summary>A counsellor answered from the console (counted once per request).</summary>
    public const string Answered = "answered";

    /// <summary>Every outcome with the overview's words for it, in the order a request goes through them.</summary>
    public static IReadOnlyList<(string Outcome, string Label)> All { get; } =
    [
        (HandedOver, "Handed to a counsellor online"),
        (GivenContact, "Given the office's contact (nobody online)"),
        (MessageLeft, "Left a message"),
        (TakenByChannel, "Taken by the channel's own agent hub"),
        (Answered, "Answered by a counsellor in the console"),
    ];
}
