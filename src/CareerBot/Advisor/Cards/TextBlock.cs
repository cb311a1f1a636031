namespace CareerBot.Advisor.Cards;

public sealed class TextBlock : AdaptiveElement
{
    public TextBlock(string text) { Text = text; }

    public string Text { get; }
    public bool Wrap { get; init; } = true;
    public string? Size { get; init; }
    public string? Weight { get; init; }
    public bool? IsSubtle { get; init; }
    /// <summary>"heading" makes screen readers announce the block as a heading.</summary>
    public string? Style { get; init; }
}
