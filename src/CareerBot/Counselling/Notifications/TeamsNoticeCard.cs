using System.Globalization;
using CareerBot.Advisor.Cards;
using CareerBot.BotFramework.Schema;
using CareerBot.DirectLine;

namespace CareerBot.Counselling.Notifications;

/// <summary>The message the counsellors' Teams channel gets: a card saying what a student asked for, and a button to the
/// inbox when the school runs CareerBot's console (without it there is no inbox to open).</summary>
public static class TeamsNoticeCard
{
    public static Activity Create(CounsellorNotice notice, string? consoleUrl, bool hasConsole = true)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var (title, status) = notice.Kind switch
        {
            CounsellorNoticeKind.Waiting => ("A student would like to talk to a counsellor", "Waiting in the console's inbox for a counsellor to answer"),
            CounsellorNoticeKind.MessageLeft => ("A student left a message for a counsellor", "The message is in the console's inbox"),
            _ when !hasConsole => ("A student asked for a counsellor", "They were given the office's contact (CareerBot's console is not set up)"),
            _ => ("A student asked for a counsellor", "Nobody was online in the console, so they were given the office's contact"),
        };
        consoleUrl = hasConsole ? consoleUrl : null;
        var facts = new List<Fact>
        {
            new("Where", Channel(notice.ChannelId)),
            new("Language", notice.Language == "fr" ? "French" : "English"),
            new("When (UTC)", notice.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
            new("Now", status),
        };
        var where = !hasConsole ? string.Empty
            : consoleUrl is null ? " Open CareerBot's console (/counsellor/inbox) to answer." : $" Open the inbox: {consoleUrl}";
        var card = new AdaptiveCard
        {
            FallbackText = $"{title}. {status}.{where}",
            Body = [new TextBlock(title) { Weight = "Bolder", Wrap = true }, new FactSet { Facts = facts }],
            Actions = consoleUrl is null ? null : [new OpenUrlAction("Open the inbox", consoleUrl)],
        };
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = title, // what Teams shows in its notification; the card says the rest
            Attachments = [CardAttachments.From(card)],
        };
    }

    private static string Channel(string channelId) => channelId switch
    {
        DirectLineActivities.ChannelId or "webchat" => "The school's web chat",
        "msteams" => "Microsoft Teams",
        _ => channelId,
    };
}
