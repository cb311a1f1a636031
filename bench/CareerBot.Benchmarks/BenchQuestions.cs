using System.Text.Json;

namespace CareerBot.Benchmarks;

/// <summary>The questions the search is timed with: the test question set, or questions about generated careers.</summary>
internal static class BenchQuestions
{
    public static IReadOnlyList<(string Text, string[] Context)> ForShipped(string repository)
    {
        var path = Path.Combine(repository, "tests", "CareerBot.Knowledge.Tests", "Data", "questions.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateObject()
            .SelectMany(set => set.Value.EnumerateArray())
            .Select(q => (q.GetProperty("text").GetString()!, q.TryGetProperty("context", out var c) ? c.EnumerateArray().Select(x => x.GetString()!).ToArray() : []))
            .ToArray();
    }

    public static IReadOnlyList<(string Text, string[] Context)> ForGenerated(IReadOnlyList<string> titles)
    {
        var patterns = new[]
        {
            "how much does a {0} make in alberta?", "what does a {0} do", "how do i become a {0}", "{0} salary bc",
            "what skills does a {0} need", "is there demand for {0}s in canada", "scholarships for {0} students",
            "how much does a dentist make", "hello", "salary AND (x OR y)",
        };
        var random = new Random(42);
        return Enumerable.Range(0, 400)
            .Select(i => (string.Format(System.Globalization.CultureInfo.InvariantCulture, patterns[i % patterns.Length], titles[random.Next(titles.Count)]), Array.Empty<string>()))
            .ToArray();
    }
}
