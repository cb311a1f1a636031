namespace CareerBot.Advisor.Cards;

public sealed class FactSet : AdaptiveElement
{
    public List<Fact> Facts { get; init; } = [];
}
