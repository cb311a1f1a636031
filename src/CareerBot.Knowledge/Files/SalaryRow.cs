namespace CareerBot.Knowledge.Files;

/// <summary>One sourced salary figure from a career file's front matter.</summary>
public sealed record SalaryRow(
    string Region,
    string Statistic,
    decimal Amount,
    string Currency,
    string Period,
    string Year,
    string Group,
    string SourceId)
{
    /// <summary>True when the publisher gives only a floor (BLS top-codes wages at $239,200 a year): "or more".</summary>
    public bool AtLeast { get; init; }
}
