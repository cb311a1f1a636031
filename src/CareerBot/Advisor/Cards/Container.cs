namespace CareerBot.Advisor.Cards;

/// <summary>A group of elements shown or hidden together (the rest of a long answer behind "Show more").</summary>
public sealed class Container : AdaptiveElement
{
    public List<AdaptiveElement> Items { get; init; } = [];
}
