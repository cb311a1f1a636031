namespace CareerBot.Advisor.Cards;

/// <summary>One column of a <see cref="ColumnSet"/>; "stretch" columns share the width equally.</summary>
public sealed class Column
{
    public string Type { get; } = "Column";

    public string Width { get; init; } = "stretch";

    public List<AdaptiveElement> Items { get; init; } = [];
}
