namespace CareerBot.Advisor.Understanding;

/// <summary>What a message asks the advisor to do, besides answering a question.</summary>
public enum AdvisorCommand
{
    /// <summary>No command: a question, or an answer to the fit check.</summary>
    None,
    Help,
    Cancel,
    StartOver,
    ForgetMe,
    ShowResults,
    StartFitCheck,
    Skip,
    Back,
    Greeting,
    Thanks,
}
