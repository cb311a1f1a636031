namespace CareerBot.Advisor.Cards;

/// <summary>Columns side by side (careers compared); hosts stack them when the card is too narrow.</summary>
public sealed class ColumnSet : AdaptiveElement
{
    public List<Column> Columns { get; init; } = [];
}
