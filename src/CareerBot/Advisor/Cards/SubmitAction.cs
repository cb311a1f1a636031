namespace CareerBot.Advisor.Cards;

/// <summary>
/// A button that sends <see cref="SubmitData.Text"/> back as if the student typed it.
/// Teams needs the msteams imBack hint to post it as a visible message; other hosts send it as the activity value.
/// </summary>
/// <param name="answer">For a feedback button, the card's answer it rates.</param>
public sealed class SubmitAction(string title, string text, string? answer = null) : AdaptiveAction(title)
{
    public SubmitData Data { get; } = new(text, new TeamsSubmitHint("imBack", text), answer);
}
