namespace CareerBot.Counselling.Handoff;

/// <summary>Where a request for a person stands.</summary>
public enum HandoffStatus
{
    /// <summary>A counsellor was online; the student waits for one to answer.</summary>
    Waiting,

    /// <summary>A counsellor has answered: the student's messages go to them, not to the bot.</summary>
    Active,

    /// <summary>The student's channel has its own agent hub and took the conversation (handoff.status "accepted").</summary>
    WithChannel,

    /// <summary>Nobody was online: the student left a message for the counselling office's inbox.</summary>
    Message,

    /// <summary>Either side ended it; the bot answers again.</summary>
    Ended,
}
