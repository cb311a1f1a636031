namespace CareerBot.Advisor.Cards;

/// <summary>A button that shows or hides elements of the same card, with no message sent to the bot.</summary>
public sealed class ToggleVisibilityAction(string title, params string[] targetElements) : AdaptiveAction(title)
{
    public IReadOnlyList<string> TargetElements { get; } = targetElements;

    /// <summary>
    /// The button's title while the elements are shown ("Show less"). Not in the Adaptive Card schema, so other hosts
    /// ignore it; the web chat page, which runs the toggle itself, reads it.
    /// </summary>
    public string? TitleWhenOpen { get; init; }
}
