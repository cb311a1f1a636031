using System.Globalization;
using System.Text;
using CareerBot.Knowledge.Catalog;

namespace CareerBot.Counselling.Console;

/// <summary>The careers this host serves, when they were loaded, and what <c>careerbot check</c> reports, as file:line.</summary>
public static class KnowledgePage
{
    public static string Body(IReadOnlyList<CareerSummary> careers, DateTimeOffset lastLoaded, string folder, IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(careers);
        ArgumentNullException.ThrowIfNull(problems);
        // The guides by name; the official catalogue's hundreds of occupations as a count (they are not edited here).
        var guides = careers.Where(c => c.IsGuide).ToArray();
        var catalogue = careers.Count - guides.Length;
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<section><h2>{careers.Count} careers loaded</h2>")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Last loaded {lastLoaded.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC from {ConsolePage.Encode(folder)}; edits to the files reload them.</p>");
        if (catalogue > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{catalogue} occupations from the official catalogue (knowledge/catalogue), and {guides.Length} hand-written guides:</p>");
        }

        html.Append("<ul>");
        foreach (var career in guides)
        {
            html.Append("<li>").Append(ConsolePage.Encode(career.Title)).Append(" <span class=\"muted\">(").Append(ConsolePage.Encode(career.Id)).Append(")</span></li>");
        }

        html.Append("</ul></section><section><h2>Check</h2>");
        if (problems.Count == 0)
        {
            return html.Append("<p>No problems: every career file and labelled example passes <code>careerbot check</code>.</p></section>").ToString();
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"error\">{problems.Count} problem(s), each as file:line: problem.</p><ul>");
        foreach (var problem in problems)
        {
            html.Append("<li><code>").Append(ConsolePage.Encode(problem)).Append("</code></li>");
        }

        return html.Append("</ul></section>").ToString();
    }
}
