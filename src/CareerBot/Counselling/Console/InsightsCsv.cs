using System.Globalization;
using System.Text;
using CareerBot.Counselling.Insights;

namespace CareerBot.Counselling.Console;

/// <summary>The aggregates as CSV, one row per day and measure (no question text, no student id).</summary>
public static class InsightsCsv
{
    public static string Write(IReadOnlyList<(DateOnly Day, DailyCounts Counts)> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var csv = new StringBuilder("date,measure,key,count\r\n");
        void Row(DateOnly day, string measure, string key, int count) =>
            csv.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},{measure},{Field(key)},{count}\r\n");
        foreach (var (day, c) in days)
        {
            Row(day, "conversations", "", c.Conversations);
            Row(day, "questions", "", c.Questions);
            Row(day, "unanswered", "", c.Unanswered);
            Row(day, "helpful", "", c.Helpful);
            Row(day, "not-helpful", "", c.NotHelpful);
            Row(day, "asked-for-a-person", "", c.HandoffsRequested);
            foreach (var (outcome, n) in c.HandoffOutcomes.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Row(day, "requests-for-a-person", outcome, n);
            }

            foreach (var (topic, n) in c.QuestionsByTopic.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Row(day, "questions-by-topic", topic, n);
            }

            foreach (var (career, n) in c.QuestionsByCareer.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Row(day, "questions-by-career", career, n);
            }

            foreach (var (career, n) in c.FitChecksStarted.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Row(day, "fit-checks-started", career, n);
            }

            foreach (var (career, bands) in c.FitChecksFinished.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                foreach (var (band, n) in bands.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    Row(day, "fit-checks-finished", $"{career}:{band}", n);
                }
            }
        }

        return csv.ToString();
    }

    /// <summary>A CSV field, quoted when needed, and never read as a formula by a spreadsheet.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
