namespace CareerBot.Advisor.Cards;

/// <summary>A button that shows or hides elements of the same card, with no message sent to the bot.</summary>
public sealed class ToggleVisibilityAction(string title, params string[] targetElements) : AdaptiveAction(title)
{
    public IReadOnlyList<string> TargetElements { get; } = targetElements;
}
