namespace CareerBot.Knowledge.Files;

/// <summary>The front matter fields of a career file as read, before the body is attached.</summary>
internal sealed record FrontMatter(
    string? Id,
    int IdLine,
    string? Title,
    int TitleLine,
    IReadOnlyList<(string Value, int Line)> Aliases,
    string? Noc,
    string? Soc,
    IReadOnlyList<(string Id, int Line)> Related,
    IReadOnlyList<SalaryRow> Salary,
    IReadOnlyList<FitTrait> Fit,
    IReadOnlyList<CareerSource> Sources);
