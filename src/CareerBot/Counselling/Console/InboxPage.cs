using System.Globalization;
using System.Text;
using CareerBot.Counselling.Handoff;

namespace CareerBot.Counselling.Console;

/// <summary>The handoff inbox: students waiting for a person, live chats, messages left, and ended ones.</summary>
public static class InboxPage
{
    public static string Body(IReadOnlyList<HandoffRecord> handoffs)
    {
        ArgumentNullException.ThrowIfNull(handoffs);
        var html = new StringBuilder("<p class=\"muted\">While this page is open you are online: a student who asks for a person ")
            .Append("is handed to you here. It refreshes every 10 seconds.</p>");
        Section(html, "Waiting for a counsellor", handoffs.Where(h => h.Status == HandoffStatus.Waiting));
        Section(html, "Live", handoffs.Where(h => h.Status is HandoffStatus.Active or HandoffStatus.WithChannel));
        Section(html, "Messages left", handoffs.Where(h => h.Status == HandoffStatus.Message));
        Section(html, "Ended", handoffs.Where(h => h.Status == HandoffStatus.Ended).Take(20));
        return html.ToString();
    }

    private static void Section(StringBuilder html, string title, IEnumerable<HandoffRecord> handoffs)
    {
        var list = handoffs.ToList();
        html.Append("<section><h2>").Append(ConsolePage.Encode(title)).Append(CultureInfo.InvariantCulture, $" ({list.Count})</h2>");
        if (list.Count == 0)
        {
            html.Append("<p class=\"muted\">None.</p></section>");
            return;
        }

        html.Append("<table><thead><tr><th>Since (UTC)</th><th>Channel</th><th>Last line</th><th></th></tr></thead><tbody>");
        foreach (var handoff in list)
        {
            var last = handoff.Messages.LastOrDefault() ?? handoff.Transcript.LastOrDefault();
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{handoff.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm}</td><td>{ConsolePage.Encode(handoff.ChannelId)}</td>")
                .Append("<td>").Append(ConsolePage.Encode(last?.Text)).Append("</td>")
                .Append(CultureInfo.InvariantCulture, $"<td><a href=\"/counsellor/handoffs/{Uri.EscapeDataString(handoff.Id)}\">Open</a></td></tr>");
        }

        html.Append("</tbody></table></section>");
    }
}
