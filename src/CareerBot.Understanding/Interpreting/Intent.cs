namespace CareerBot.Understanding.Interpreting;

/// <summary>What a message asks CareerBot to do. Each has a label in knowledge/language/labels.yaml.</summary>
public enum Intent
{
    /// <summary>A question on a topic of a career.</summary>
    Question,

    /// <summary>A question that names only a career or a place and keeps the earlier topic ("what about in BC?").</summary>
    FollowUp,
    StartFitCheck,
    SwitchFitCheck,

    /// <summary>An answer to a fit-check question on the 1–5 scale.</summary>
    Rating,
    Skip,
    Back,
    Cancel,

    /// <summary>Restart the fit check from its first question (not the whole conversation).</summary>
    Restart,

    /// <summary>Explain the fit-check question being asked.</summary>
    Explain,
    ShowResults,
    ForgetMe,
    Help,
    Greeting,
    Thanks,
    Goodbye,
    Counsellor,
    FeedbackPositive,
    FeedbackNegative,
    Compare,
    ShowMore,
    SmallTalk,
    Rude,
}
