using System.Globalization;
using System.Text;
using CareerBot.Counselling.Handoff;

namespace CareerBot.Counselling.Console;

/// <summary>One handed-over conversation: what was said before, the live messages, a reply box and "End".</summary>
public static class HandoffPage
{
    /// <param name="signedInName">The counsellor's own name when they signed in with Entra ID, offered until the chat has one.</param>
    public static string Body(HandoffRecord handoff, string? signedInName = null)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var id = Uri.EscapeDataString(handoff.Id);
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{ConsolePage.Encode(Describe(handoff.Status))} · {ConsolePage.Encode(handoff.ChannelId)} · ")
            .Append(CultureInfo.InvariantCulture, $"since {handoff.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC · the student writes in {ConsolePage.Encode(handoff.Language)}</p>")
            .Append("<section><h2>The conversation before</h2>").Append(Lines(handoff.Transcript)).Append("</section>")
            .Append(CultureInfo.InvariantCulture, $"<section><h2>Since the student asked for a person</h2><div id=\"lines\" data-id=\"{id}\" data-count=\"{handoff.Messages.Count}\">")
            .Append(Lines(handoff.Messages)).Append("</div></section>");
        if (handoff.Status is HandoffStatus.Waiting or HandoffStatus.Active or HandoffStatus.Message)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section><form method=\"post\" action=\"/counsellor/handoffs/{id}/reply\">")
                .Append("<p><label for=\"name\">Your name as the student sees it</label><br>")
                .Append(CultureInfo.InvariantCulture, $"<input id=\"name\" name=\"name\" maxlength=\"60\" value=\"{ConsolePage.Encode(handoff.CounsellorName ?? signedInName ?? "Counsellor")}\"></p>")
                .Append("<p><label for=\"text\">Reply</label><br><textarea id=\"text\" name=\"text\" rows=\"3\" cols=\"60\" maxlength=\"2000\" required></textarea></p>")
                .Append("<p><button type=\"submit\">Send to the student</button></p></form>")
                .Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"/counsellor/handoffs/{id}/end\"><button type=\"submit\">End and hand back to CareerBot</button></form></section>");
        }

        return html.Append("<script src=\"/counsellor/console.js\"></script>").ToString();
    }

    /// <summary>Lines as HTML, each with who said it.</summary>
    public static string Lines(IEnumerable<HandoffLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var html = new StringBuilder("<ul class=\"lines\">");
        foreach (var line in lines)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><span class=\"muted\">{line.At.UtcDateTime:HH:mm}</span> <b>{ConsolePage.Encode(Speaker(line.From))}:</b> ")
                .Append(ConsolePage.Encode(line.Text)).Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }

    private static string Speaker(string from) => from switch
    {
        HandoffSpeakers.Student => "Student",
        HandoffSpeakers.Bot => "CareerBot",
        _ => "Counsellor",
    };

    private static string Describe(HandoffStatus status) => status switch
    {
        HandoffStatus.Waiting => "Waiting for a counsellor",
        HandoffStatus.Active => "Live",
        HandoffStatus.WithChannel => "Taken by the channel's own agent hub",
        HandoffStatus.Message => "A message left while nobody was online",
        _ => "Ended",
    };
}
