using System.Globalization;
using System.Text;
using CareerBot.Counselling.Insights;
using CareerBot.Knowledge.Catalog;

namespace CareerBot.Counselling.Console;

/// <summary>Unanswered and unsure questions, newest first, each with "mark handled" and a link to "add as an example".</summary>
public static class QuestionsPage
{
    public const int PageSize = 50;

    /// <summary>How much of a question the list shows; a longer one (a pasted life story) opens in full on demand.</summary>
    public const int PreviewLength = 280;

    public static string Body(
        IReadOnlyList<QuestionRecord> questions, int total, int page, bool openOnly, bool keepsText, int retentionDays, ICareerCatalog catalog,
        string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(catalog);
        var html = new StringBuilder();
        if (notice is not null)
        {
            html.Append("<p class=\"notice\" role=\"status\">").Append(ConsolePage.Encode(notice)).Append("</p>");
        }

        html.Append("<p class=\"muted\">")
            .Append(keepsText
                ? $"Question texts are kept for {retentionDays} days, with e-mail addresses and phone numbers masked, and no student id."
                : "Question texts are not kept (Counselling:KeepQuestionText is off): only what each question was read as.")
            .Append(openOnly ? " Showing open questions. <a href=\"/counsellor/questions?all=1\">Show handled ones too</a>."
                : " Showing all. <a href=\"/counsellor/questions\">Open only</a>.")
            .Append("</p>");
        if (questions.Count == 0)
        {
            return html.Append(page > 1 && total > 0
                ? "<section><p>No questions on this page. <a href=\"/counsellor/questions\">Back to the newest</a>.</p></section>"
                : "<section><p>Nothing to look at: every question was answered.</p></section>").ToString();
        }

        html.Append("<section><table><thead><tr><th>When (UTC)</th><th>Question</th><th>Why</th><th>Read as</th><th></th></tr></thead><tbody>");
        foreach (var q in questions)
        {
            var readAs = ReadAs(q, catalog);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{q.At.UtcDateTime:yyyy-MM-dd HH:mm}</td>")
                .Append("<td>").Append(Question(q.Text)).Append("</td>")
                .Append("<td>").Append(ConsolePage.Encode(Reason(q.Reason))).Append("</td>")
                .Append("<td>").Append(ConsolePage.Encode(readAs)).Append("</td><td>")
                .Append(q.Handled ? Handled(q)
                    : $"<form method=\"post\" action=\"/counsellor/questions/handled?id={Uri.EscapeDataString(q.Id)}\"><button type=\"submit\">Mark handled</button></form>")
                .Append(q.Handled || q.Text is null ? ""
                    : $" <a href=\"/counsellor/questions/example?id={Uri.EscapeDataString(q.Id)}\">Add as an example</a>")
                .Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        var pages = (total + PageSize - 1) / PageSize;
        if (pages > 1)
        {
            var all = openOnly ? "" : "&all=1";
            html.Append(CultureInfo.InvariantCulture, $"<p>Page {page} of {pages}. ");
            if (page > 1)
            {
                html.Append(CultureInfo.InvariantCulture, $"<a href=\"/counsellor/questions?page={page - 1}{all}\">Newer</a> ");
            }

            if (page < pages)
            {
                html.Append(CultureInfo.InvariantCulture, $"<a href=\"/counsellor/questions?page={page + 1}{all}\">Older</a>");
            }

            html.Append("</p>");
        }

        return html.Append("</section>").ToString();
    }

    /// <summary>How the bot read a question: career, topic, intent, confidence, language.</summary>
    public static string ReadAs(QuestionRecord q, ICareerCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(catalog);
        return string.Join(" · ", new[] { q.Career is null ? null : catalog.FindCareer(q.Career)?.Title ?? q.Career, q.Topic, q.Intent,
            q.Confidence.ToString("0.00", CultureInfo.InvariantCulture), q.Language }.OfType<string>());
    }

    /// <summary>
    /// The question's text, wrapped even where it has no spaces; past <see cref="PreviewLength"/> its start shows, and the
    /// whole text opens below it in a box of its own height, so one long question cannot stretch the page.
    /// </summary>
    private static string Question(string? text)
    {
        if (text is null)
        {
            return "<span class=\"muted\">(text not kept)</span>";
        }

        if (text.Length <= PreviewLength)
        {
            return $"<span class=\"question\">{ConsolePage.Encode(text)}</span>";
        }

        var cut = text.LastIndexOf(' ', PreviewLength);
        var preview = text[..(cut > PreviewLength / 2 ? cut : PreviewLength)].TrimEnd();
        return $"<p class=\"question preview\">{ConsolePage.Encode(preview)}…</p>" +
            "<details class=\"question\"><summary><span class=\"closed\">Show the whole question (" +
            text.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters)</span><span class=\"opened\">Show less</span></summary>" +
            $"<p class=\"question whole\" tabindex=\"0\">{ConsolePage.Encode(text)}</p></details>";
    }

    private static string Handled(QuestionRecord q) => q.AddedAs is { } label
        ? $"<span class=\"muted\">handled, added as an example of {ConsolePage.Encode(label)}</span>"
        : "<span class=\"muted\">handled</span>";

    private static string Reason(string reason) => reason switch
    {
        QuestionReasons.Unanswered => "not answered",
        QuestionReasons.LowConfidence => "bot was unsure",
        QuestionReasons.NotHelpful => "student said not helpful",
        _ => reason,
    };
}
