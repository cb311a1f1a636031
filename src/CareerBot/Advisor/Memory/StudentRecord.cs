using CareerBot.Advisor.FitCheck;

namespace CareerBot.Advisor.Memory;

/// <summary>What the advisor keeps about a student across conversations, in user state: their fit check results.</summary>
public sealed class StudentRecord
{
    public const int ResultsKept = 10;

    /// <summary>The latest result per career, newest first.</summary>
    public List<FitResult> FitResults { get; set; } = [];

    public void Save(FitResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        FitResults.RemoveAll(r => r.CareerId == result.CareerId);
        FitResults.Insert(0, result);
        if (FitResults.Count > ResultsKept)
        {
            FitResults.RemoveRange(ResultsKept, FitResults.Count - ResultsKept);
        }
    }
}
