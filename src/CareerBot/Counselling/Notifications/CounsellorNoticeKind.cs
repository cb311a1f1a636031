namespace CareerBot.Counselling.Notifications;

public enum CounsellorNoticeKind
{
    /// <summary>A counsellor is online: the student waits in the inbox for one to answer.</summary>
    Waiting,

    /// <summary>Nobody was online: the student was given the school's contact.</summary>
    GivenContact,

    /// <summary>The student left a message for the inbox.</summary>
    MessageLeft,
}
