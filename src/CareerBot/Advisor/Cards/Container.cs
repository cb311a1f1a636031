namespace CareerBot.Advisor.Cards;

public sealed class Container : AdaptiveElement
{
    public string? Style { get; init; }
    public List<AdaptiveElement> Items { get; init; } = [];
}
