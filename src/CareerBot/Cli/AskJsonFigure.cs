using System.Text.Json.Serialization;
using CareerBot.Knowledge.Answers;

namespace CareerBot.Cli;

/// <summary>A salary figure in <c>ask --json</c> output, as the career file states it.</summary>
internal sealed record AskJsonFigure(
    [property: JsonPropertyName("region")] string Region,
    [property: JsonPropertyName("statistic")] string Statistic,
    [property: JsonPropertyName("amount")] decimal Amount,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("year")] string Year,
    [property: JsonPropertyName("group")] string Group,
    [property: JsonPropertyName("source")] AskJsonSource Source)
{
    public static AskJsonFigure From(SalaryFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return new(figure.Region, figure.Statistic, figure.Amount, figure.Currency, figure.Period, figure.Year, figure.Group,
            AskJsonSource.From(figure.Source));
    }
}
