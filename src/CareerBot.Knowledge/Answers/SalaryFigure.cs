namespace CareerBot.Knowledge.Answers;

/// <summary>One salary figure as the career file states it: region, statistic (low, median, high, average), amount,
/// currency, per year or hour, year, the official occupation group and the source.</summary>
public sealed record SalaryFigure(
    string Region, string Statistic, decimal Amount, string Currency, string Period, string Year, string Group, SourceReference Source)
{
    /// <summary>The amount is a published floor: the real figure is this or more.</summary>
    public bool AtLeast { get; init; }
}
