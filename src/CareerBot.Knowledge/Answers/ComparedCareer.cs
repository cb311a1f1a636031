namespace CareerBot.Knowledge.Answers;

/// <summary>One career of a comparison: what it does in a line, its education, experience and outlook in a line each
/// (from its own file, null where the file has nothing), its headline pay per region, and the sources of all that.</summary>
public sealed record ComparedCareer(
    CareerRef Career,
    string? Summary,
    string? Education,
    string? Experience,
    string? Outlook,
    IReadOnlyList<SalaryFigure> Salary,
    IReadOnlyList<SourceReference> Sources);
