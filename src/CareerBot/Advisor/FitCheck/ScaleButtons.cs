using CareerBot.Advisor.Replies;

namespace CareerBot.Advisor.FitCheck;

/// <summary>The five answer buttons of a fit-check question; the values are the levels "1" to "5".</summary>
public static class ScaleButtons
{
    public static IReadOnlyList<Button> All { get; } =
    [
        new("1 - Not at all", "1"),
        new("2", "2"),
        new("3", "3"),
        new("4", "4"),
        new("5 - Very much", "5"),
    ];
}
