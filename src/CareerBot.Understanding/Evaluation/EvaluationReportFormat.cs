namespace CareerBot.Understanding.Evaluation;

/// <summary>How evaluation figures are printed.</summary>
public static class EvaluationReportFormat
{
    public static string Percent(double value) => EvaluationReport.Percent(value);
}
