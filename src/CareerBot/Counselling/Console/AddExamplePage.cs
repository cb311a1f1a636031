using System.Globalization;
using System.Text;
using CareerBot.Counselling.Examples;
using CareerBot.Counselling.Insights;
using CareerBot.Knowledge.Catalog;

namespace CareerBot.Counselling.Console;

/// <summary>
/// "Add as an example" for one kept question: its text (editable, to take out a name the mask missed), what it asks,
/// with labels.yaml's words for each label, and its language, preselected from how the bot read it.
/// </summary>
public static class AddExamplePage
{
    public static string Body(QuestionRecord question, ExampleChoices choices, ICareerCatalog catalog, string? text = null, string? label = null,
        string? language = null, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(choices);
        var chosen = label ?? question.Topic ?? (choices.Intents.Contains(question.Intent, StringComparer.Ordinal) ? question.Intent : null);
        var html = new StringBuilder();
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(ConsolePage.Encode(error)).Append("</p>");
        }

        html.Append("<section><p class=\"muted\">The example joins the training examples in the knowledge folder, and CareerBot learns from it ")
            .Append("within a few seconds. It is kept there with no expiry, so take out anything that could name a student.</p>")
            .Append(CultureInfo.InvariantCulture, $"<p>Asked {question.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC; read as ")
            .Append(ConsolePage.Encode(QuestionsPage.ReadAs(question, catalog))).Append(".</p>")
            .Append(CultureInfo.InvariantCulture, $"<form method=\"post\" class=\"example\" action=\"/counsellor/questions/example?id={Uri.EscapeDataString(question.Id)}\">")
            .Append(CultureInfo.InvariantCulture, $"<label for=\"text\">Example</label><input id=\"text\" name=\"text\" maxlength=\"{CounsellorExamples.MaxLength}\" required value=\"")
            .Append(ConsolePage.Encode(text ?? question.Text ?? "")).Append("\">")
            .Append("<label for=\"label\">It asks about</label><select id=\"label\" name=\"label\" required>")
            .Append(chosen is null ? "<option value=\"\" selected>Choose…</option>" : "");
        Options(html, "A part of a career", choices.Topics, choices.Descriptions, chosen);
        Options(html, "Something else", choices.Intents, choices.Descriptions, chosen);
        html.Append("</select><label for=\"language\">Language</label><select id=\"language\" name=\"language\">");
        foreach (var code in choices.Languages)
        {
            html.Append("<option value=\"").Append(ConsolePage.Encode(code)).Append('"').Append(code == (language ?? question.Language) ? " selected" : "")
                .Append('>').Append(code switch { "en" => "English", "fr" => "French", _ => ConsolePage.Encode(code) }).Append("</option>");
        }

        return html.Append("</select><p><button type=\"submit\">Add and mark handled</button> <a href=\"/counsellor/questions\">Cancel</a></p>")
            .Append("</form></section>").ToString();
    }

    private static void Options(StringBuilder html, string group, IReadOnlyList<string> labels, IReadOnlyDictionary<string, string> descriptions, string? chosen)
    {
        html.Append("<optgroup label=\"").Append(group).Append("\">");
        foreach (var label in labels)
        {
            var name = label.Replace('_', ' ');
            var text = descriptions.TryGetValue(label, out var meaning) ? $"{name}: {meaning}" : name;
            html.Append("<option value=\"").Append(ConsolePage.Encode(label)).Append('"').Append(label == chosen ? " selected" : "")
                .Append('>').Append(ConsolePage.Encode(text)).Append("</option>");
        }

        html.Append("</optgroup>");
    }
}
