using System.Net;
using System.Text.Json.Nodes;
using CareerBot.Advisor.Handoff;
using CareerBot.Counselling.Handoff;
using CareerBot.Tests.Advisor.Infrastructure;
using CareerBot.Tests.Counselling;

namespace CareerBot.Tests.Teams;

/// <summary>
/// A person when a student needs one, in Microsoft Teams: the contact card in a Teams payload, the counsellors' own
/// Teams channel told (with nothing of the student), and a counsellor's live reply reaching the student's Teams chat
/// as a message the bot starts through the Bot Connector.
/// </summary>
public sealed class TeamsCounsellorTests : IAsyncLifetime
{
    private const string CounsellorsChannel = "19:counsellors0a1b2c3d4e5f@thread.tacv2";
    private const string ConsoleUrl = "https://careers.example-school.ca/counsellor/inbox";

    private ConnectorStandIn teams = null!;
    private ConsoleHost host = null!;

    public async Task InitializeAsync()
    {
        teams = await ConnectorStandIn.StartAsync();
        host = new ConsoleHost(new Dictionary<string, string?>
        {
            ["Counselling:Office"] = "Student Services, room 114",
            ["Counselling:Email"] = "counselling@example-school.ca",
            ["Counselling:Phone"] = "604-555-0100",
            ["Counselling:Hours"] = "Mon-Fri 8:30-15:30",
            ["Counselling:BookingUrl"] = "https://example-school.ca/book",
            ["Counselling:Teams:ServiceUrl"] = teams.ServiceUrl,
            ["Counselling:Teams:ConversationId"] = CounsellorsChannel,
            ["Counselling:Teams:TenantId"] = TeamsActivities.Tenant,
            ["Counselling:Teams:ConsoleUrl"] = ConsoleUrl,
        });
    }

    public async Task DisposeAsync()
    {
        host.Dispose();
        await teams.DisposeAsync();
    }

    [Fact]
    public async Task With_nobody_online_a_Teams_student_gets_the_contact_card_and_the_counsellors_channel_is_told_without_who()
    {
        var replies = await TeamsActivities.SendAsync(host.Bot.CreateClient(), TeamsActivities.PersonalMessage("can i talk to a real counsellor?"));

        var reply = Assert.Single(replies, r => (string?)r["type"] == "message");
        var card = Assert.Single(reply["attachments"]!.AsArray(), a => (string?)a!["contentType"] == "application/vnd.microsoft.card.adaptive")!["content"]!;
        var facts = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "FactSet")!["facts"]!.AsArray()
            .Select(f => $"{f!["title"]}: {f["value"]}").ToArray();
        Assert.Equal(["Office: Student Services, room 114", "Email: counselling@example-school.ca", "Phone: 604-555-0100", "Hours: Mon-Fri 8:30-15:30"], facts);
        var book = Assert.Single(card["actions"]!.AsArray());
        Assert.Equal(("Action.OpenUrl", "https://example-school.ca/book"), ((string?)book!["type"], (string?)book["url"]));
        // A personal chat shows "Leave a message" as a suggested action; tapping it sends the fixed text as the student's message.
        var leave = Assert.Single(reply["suggestedActions"]!["actions"]!.AsArray());
        Assert.Equal(("imBack", "Leave a message", CounsellorContactReply.LeaveMessageValue),
            ((string?)leave!["type"], (string?)leave["title"], (string?)leave["value"]));

        var notice = await teams.WaitForAsync(CounsellorsChannel);
        Assert.Equal("A student asked for a counsellor", (string?)notice["text"]);
        var noticeCard = notice["attachments"]![0]!["content"]!;
        var noticeFacts = noticeCard["body"]![1]!["facts"]!.AsArray().ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);
        Assert.Equal("Microsoft Teams", noticeFacts["Where"]);
        Assert.Equal("English", noticeFacts["Language"]);
        Assert.Equal("Nobody was online in the console, so they were given the office's contact", noticeFacts["Now"]);
        Assert.Equal(ConsoleUrl, (string?)noticeCard["actions"]![0]!["url"]);
        Assert.Equal(TeamsActivities.Tenant, (string?)notice["channelData"]!["tenant"]!["id"]);
        Assert.Equal("msteams", (string?)notice["channelId"]);
        var posted = TeamsActivities.Json(notice);
        Assert.DoesNotContain("Sam Student", posted);
        Assert.DoesNotContain("29:1student-personal", posted);
        Assert.DoesNotContain("real counsellor", posted);
    }

    [Fact]
    public async Task Without_the_console_the_counsellors_channel_is_told_the_contact_was_given_with_no_inbox_to_open()
    {
        using var noConsole = new ConsoleHost(new Dictionary<string, string?>
        {
            ["Counselling:AccessKey"] = "",
            ["Counselling:Office"] = "Student Services, room 114",
            ["Counselling:Teams:ServiceUrl"] = teams.ServiceUrl,
            ["Counselling:Teams:ConversationId"] = CounsellorsChannel,
            ["Counselling:Teams:TenantId"] = TeamsActivities.Tenant,
            ["Counselling:Teams:ConsoleUrl"] = ConsoleUrl,
        });

        await TeamsActivities.SendAsync(noConsole.Bot.CreateClient(), TeamsActivities.PersonalMessage("can i talk to a real counsellor?"));

        var notice = await teams.WaitForAsync(CounsellorsChannel);
        var noticeCard = notice["attachments"]![0]!["content"]!;
        var noticeFacts = noticeCard["body"]![1]!["facts"]!.AsArray().ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);
        Assert.Equal("They were given the office's contact (CareerBot's console is not set up)", noticeFacts["Now"]);
        Assert.Null(noticeCard["actions"]);
        Assert.DoesNotContain("inbox", TeamsActivities.Json(notice), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task In_a_team_channel_the_contact_card_carries_leave_a_message_as_a_card_button_Teams_posts_back()
    {
        var replies = await TeamsActivities.SendAsync(host.Bot.CreateClient(), TeamsActivities.ChannelMessage("can someone at school help me?"));

        var reply = Assert.Single(replies, r => (string?)r["type"] == "message");
        Assert.Null(reply["suggestedActions"]); // Teams channels drop suggested actions
        var actions = reply["attachments"]![0]!["content"]!["actions"]!.AsArray().OfType<JsonObject>().ToArray();
        Assert.Equal(["Action.OpenUrl", "Action.Submit"], actions.Select(a => (string?)a["type"]));
        var leave = actions[1];
        Assert.Equal("Leave a message", (string?)leave["title"]);
        Assert.Equal(("imBack", CounsellorContactReply.LeaveMessageValue),
            ((string?)leave["data"]!["msteams"]!["type"], (string?)leave["data"]!["msteams"]!["value"]));
    }

    [Fact]
    public async Task A_message_left_in_Teams_reaches_the_inbox_and_the_channel_hears_of_it_but_not_its_words()
    {
        var http = host.Bot.CreateClient();
        await TeamsActivities.SendAsync(http, TeamsActivities.PersonalMessage("i need a counsellor"));
        await TeamsActivities.SendAsync(http, TeamsActivities.PersonalMessage(CounsellorContactReply.LeaveMessageValue));
        var left = await TeamsActivities.SendAsync(http, TeamsActivities.PersonalMessage("Can we talk about my course choices for next year?"));

        Assert.StartsWith("Thanks: your message is in the counselling office's inbox.", TeamsActivities.Texts(left));
        var notice = await teams.WaitForAsync(CounsellorsChannel, a => (string?)a["text"] == "A student left a message for a counsellor");
        Assert.DoesNotContain("course choices", TeamsActivities.Json(notice));
        var inbox = await (await host.SignedInAsync()).GetStringAsync("counsellor/inbox");
        Assert.Contains("Can we talk about my course choices for next year?", inbox);
    }

    [Fact]
    public async Task With_a_counsellor_online_a_Teams_student_is_handed_over_and_the_counsellor_s_reply_reaches_their_Teams_chat()
    {
        var counsellor = await host.SignedInAsync();
        await counsellor.GetStringAsync("counsellor/inbox");
        var http = host.Bot.CreateClient();
        var ask = TeamsActivities.PersonalMessage("i want to talk to a human").Via(teams.ServiceUrl);
        var studentChat = (string)ask["conversation"]!["id"]!;

        var joining = await TeamsActivities.SendAsync(http, ask);

        Assert.StartsWith("A counsellor from your school is online", TeamsActivities.Texts(joining));
        Assert.Contains(joining, r => (string?)r["type"] == "event" && (string?)r["name"] == HandoffRouter.InitiateEvent);
        var waiting = await teams.WaitForAsync(CounsellorsChannel);
        Assert.Equal("A student would like to talk to a counsellor", (string?)waiting["text"]);

        var handoff = Assert.Single(await host.Handoffs.ListAsync(CancellationToken.None));
        Assert.Equal("msteams", handoff.ChannelId);
        using var sent = await counsellor.PostAsync($"counsellor/handoffs/{Uri.EscapeDataString(handoff.Id)}/reply",
            new FormUrlEncodedContent([new("name", "Ms Tremblay"), new("text", "Hi! I can help with that. What grade are you in?")]));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var delivered = await teams.WaitForAsync(studentChat);
        Assert.Equal("**Ms Tremblay (counsellor):** Hi! I can help with that. What grade are you in?", (string?)delivered["text"]);
        Assert.Equal("Ms Tremblay (counsellor)", (string?)delivered["from"]!["name"]);
        Assert.Equal(TeamsActivities.BotId, (string?)delivered["from"]!["id"]);
        Assert.Equal("29:1student-personal", (string?)delivered["recipient"]!["id"]);
        var open = await host.Handoffs.GetAsync(handoff.Id, CancellationToken.None);
        Assert.Equal(HandoffStatus.Active, open!.Status);
    }
}
