using System.Globalization;
using System.Text;
using CareerBot.Counselling.Insights;
using CareerBot.Knowledge.Catalog;

namespace CareerBot.Counselling.Console;

/// <summary>The console's first page: what students did over the last days, as counts and charts with no student ids.</summary>
public static class OverviewPage
{
    public static string Body(IReadOnlyList<(DateOnly Day, DailyCounts Counts)> days, ICareerCatalog catalog, int period)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(catalog);
        var total = new DailyCounts();
        foreach (var (_, counts) in days)
        {
            total.Add(counts);
        }

        string Title(string id) => catalog.FindCareer(id)?.Title ?? id;
        var rated = total.Helpful + total.NotHelpful;
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">The last {period} days, {days[0].Day:yyyy-MM-dd} to {days[^1].Day:yyyy-MM-dd} (UTC). ")
            .Append("Periods: <a href=\"/counsellor?days=7\">7 days</a> · <a href=\"/counsellor?days=30\">30 days</a> · <a href=\"/counsellor?days=90\">90 days</a></p>")
            .Append("<div class=\"cards\">")
            .Append(Card("Conversations", total.Conversations.ToString(CultureInfo.InvariantCulture)))
            .Append(Card("Questions", total.Questions.ToString(CultureInfo.InvariantCulture)))
            .Append(Card("Unanswered", total.Unanswered.ToString(CultureInfo.InvariantCulture)))
            .Append(Card("Fit checks finished", total.FitChecksFinished.Values.Sum(b => b.Values.Sum()).ToString(CultureInfo.InvariantCulture)))
            .Append(Card("Rated helpful", rated == 0 ? "no ratings yet" : $"{100 * total.Helpful / rated}% of {rated}"))
            .Append(Card("Asked for a person", total.HandoffsRequested.ToString(CultureInfo.InvariantCulture)))
            .Append("</div>");

        html.Append("<section><h2>Conversations per day</h2>")
            .Append(BarChart.Svg("Conversations per day", [.. days.Select(d => (d.Day.ToString("MMM d", CultureInfo.InvariantCulture), d.Counts.Conversations))]))
            .Append("</section><section><h2>Questions by topic</h2>")
            .Append(BarChart.Svg("Questions by topic", Ranked(total.QuestionsByTopic, t => t)))
            .Append("</section><section><h2>Questions by career</h2>")
            .Append(BarChart.Svg("Questions by career", Ranked(total.QuestionsByCareer, Title)))
            .Append("</section><section><h2>Fit checks by career</h2>");

        var careers = total.FitChecksStarted.Keys.Union(total.FitChecksFinished.Keys).Order(StringComparer.Ordinal).ToList();
        if (careers.Count == 0)
        {
            html.Append("<p class=\"muted\">No fit checks yet.</p>");
        }
        else
        {
            html.Append("<table><thead><tr><th>Career</th><th>Started</th><th>Finished</th><th>Strong</th><th>Moderate</th><th>Weak</th></tr></thead><tbody>");
            foreach (var career in careers)
            {
                var bands = total.FitChecksFinished.GetValueOrDefault(career) ?? [];
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{ConsolePage.Encode(Title(career))}</td><td>{total.FitChecksStarted.GetValueOrDefault(career)}</td><td>{bands.Values.Sum()}</td>" +
                    $"<td>{bands.GetValueOrDefault("strong")}</td><td>{bands.GetValueOrDefault("moderate")}</td><td>{bands.GetValueOrDefault("weak")}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</section><section><h2>Requests for a person</h2>");
        if (total.HandoffsRequested == 0 && total.HandoffOutcomes.Count == 0)
        {
            html.Append("<p class=\"muted\">No student asked for a person.</p>");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>Of {total.HandoffsRequested} requests</th><th>Count</th></tr></thead><tbody>");
            foreach (var (outcome, label) in HandoffOutcomes.All)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{ConsolePage.Encode(label)}</td><td>{total.HandoffOutcomes.GetValueOrDefault(outcome)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        return html.Append("</section>").ToString();
    }

    private static List<(string, int)> Ranked(Dictionary<string, int> counts, Func<string, string> label) =>
        [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => (label(c.Key), c.Value))];

    private static string Card(string label, string value) =>
        $"<div class=\"card\"><span class=\"muted\">{ConsolePage.Encode(label)}</span><b>{ConsolePage.Encode(value)}</b></div>";
}
