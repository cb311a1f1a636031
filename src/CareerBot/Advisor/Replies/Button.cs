namespace CareerBot.Advisor.Replies;

/// <summary>A button that sends <see cref="Value"/> as if the student typed it.</summary>
public sealed record Button(string Title, string Value)
{
    public const string FitCheckPrefix = "Fit check for ";

    public Button(string text)
        : this(text, text)
    {
    }

    public static Button ShowResults { get; } = new("Show my results");

    /// <summary>What an answer card's feedback buttons send; read by rule (<c>ButtonPayloads</c>).</summary>
    public const string HelpfulValue = "That answer was helpful";
    public const string NotHelpfulValue = "That answer was not helpful";

    /// <summary>Takes up a fit check paused for a counsellor; read by rule before the check sees it (it is no "back").</summary>
    public const string ResumeFitCheckValue = "Back to my fit check";

    /// <summary>Starts the fit check for a career; its exact text is read by rule (<c>ButtonPayloads</c>).</summary>
    public static Button FitCheckFor(string careerTitle) => new(FitCheckPrefix + careerTitle);
}
