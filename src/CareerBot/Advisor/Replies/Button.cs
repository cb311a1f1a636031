namespace CareerBot.Advisor.Replies;

/// <summary>A button that sends <see cref="Value"/> as if the student typed it.</summary>
public sealed record Button(string Title, string Value)
{
    public Button(string text)
        : this(text, text)
    {
    }

    /// <summary>Starts the fit check for a career: the words carry both "fit check" and the title, which the router reads.</summary>
    public static Button FitCheckFor(string careerTitle) => new($"Fit check for {careerTitle}");
}
