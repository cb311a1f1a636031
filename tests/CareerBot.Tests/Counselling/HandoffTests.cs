using System.Net;
using System.Text.Json;
using CareerBot.Advisor.Handoff;
using CareerBot.BotFramework.Schema;
using CareerBot.Counselling.Handoff;
using CareerBot.Tests.Advisor.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Counselling;

/// <summary>
/// A student asks for a person. With a counsellor online in the console, the chat is handed over and the counsellor
/// answers live in the student's web chat; with nobody online, the contact and "Leave a message" for the inbox.
/// </summary>
public sealed class HandoffTests : IDisposable
{
    private readonly ConsoleHost host = new(new Dictionary<string, string?>
    {
        ["Counselling:Office"] = "Student Services, room 114",
        ["Counselling:BookingUrl"] = "https://school.example/book",
    });

    [Fact]
    public async Task With_nobody_online_the_student_gets_the_contact_card_and_can_leave_a_message_for_the_inbox()
    {
        var student = host.Bot.StartChat(StudentPath.DirectLine);

        var contact = await student.SendAsync("can i talk to a real counsellor?");
        var prompt = await student.SendAsync(CounsellorContactReply.LeaveMessageValue);
        var left = await student.SendAsync("I'd like help choosing my grade 11 courses. I'm Alex in 10B.");

        Assert.StartsWith("A person is the best help for that. You can reach your school's counselling office:", contact.Last.Text);
        Assert.Contains("- Office: Student Services, room 114", contact.Last.Text);
        var card = Assert.Single(contact.Cards(FitCheckScript.ScaleAdaptiveCard));
        var open = Assert.Single(card.GetProperty("actions").EnumerateArray());
        Assert.Equal(("Action.OpenUrl", "https://school.example/book"), (open.GetProperty("type").GetString(), open.GetProperty("url").GetString()));
        Assert.Equal(["Leave a message"], contact.Buttons);
        Assert.StartsWith("Write your message for the counselling office", prompt.Last.Text);
        Assert.StartsWith("Thanks: your message is in the counselling office's inbox.", left.Last.Text);

        var inbox = await (await host.SignedInAsync()).GetStringAsync("counsellor/inbox");
        Assert.Contains("Messages left (1)", inbox);
        Assert.Contains("I&#39;d like help choosing my grade 11 courses.", inbox);
        Assert.Equal(["Handed to a counsellor online: 0", "Given the office&#39;s contact (nobody online): 1", "Left a message: 1",
            "Taken by the channel&#39;s own agent hub: 0", "Answered by a counsellor in the console: 0"], await RequestsForAPersonAsync());
        var csv = await (await host.SignedInAsync()).GetStringAsync("counsellor/export.csv?days=1");
        Assert.Contains(",requests-for-a-person,given-contact,1\r\n", csv);
        Assert.Contains(",requests-for-a-person,message-left,1\r\n", csv);
        Assert.DoesNotContain("grade 11", csv);
    }

    [Fact]
    public async Task With_a_counsellor_online_the_chat_is_handed_over_the_counsellor_answers_live_and_the_student_comes_back()
    {
        var counsellor = await host.SignedInAsync();
        await counsellor.GetStringAsync("counsellor/inbox"); // the counsellor is online while the inbox is open
        var student = (DirectLineStudent)host.Bot.StartChat(StudentPath.DirectLine);
        await student.SendAsync("what does an IT manager do?");

        var joining = await student.SendAsync("i want to talk to a human please");
        await student.SendAsync("Which college programs would you suggest?");

        Assert.StartsWith("A counsellor from your school is online", joining.Last.Text);
        Assert.Equal(["Back to CareerBot"], joining.Buttons);
        var initiate = Assert.Single(await student.HistoryAsync(), a => a.Type == ActivityTypes.Event && a.Name == HandoffRouter.InitiateEvent);
        var transcript = Assert.Single(initiate.Attachments!);
        Assert.Equal(HandoffRouter.TranscriptContentType, transcript.ContentType);
        Assert.Contains("what does an IT manager do?", transcript.Content!.Value.GetProperty("activities").GetRawText());

        var inbox = await counsellor.GetStringAsync("counsellor/inbox");
        Assert.Contains("Waiting for a counsellor (1)", inbox);
        var handoff = Assert.Single(await host.Handoffs.ListAsync(CancellationToken.None));
        var page = await counsellor.GetStringAsync($"counsellor/handoffs/{Uri.EscapeDataString(handoff.Id)}");
        Assert.Contains("<b>Student:</b> what does an IT manager do?", page);
        Assert.True(page.Contains("<b>CareerBot:</b> IT Manager", StringComparison.Ordinal), page);
        Assert.Contains("<b>Student:</b> Which college programs would you suggest?", page);

        using var reply = await counsellor.PostAsync($"counsellor/handoffs/{Uri.EscapeDataString(handoff.Id)}/reply",
            new FormUrlEncodedContent([new("name", "Ms Tremblay"), new("text", "Hi! Let's look at BCIT and Langara together.")]));
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        var fromCounsellor = (await student.HistoryAsync()).Last(a => a.Type == ActivityTypes.Message);
        Assert.Equal("**Ms Tremblay (counsellor):** Hi! Let's look at BCIT and Langara together.", fromCounsellor.Text);
        Assert.Equal("Ms Tremblay (counsellor)", fromCounsellor.From!.Name);

        var back = await student.SendAsync("back to CareerBot");
        var answered = await student.SendAsync("how much do IT managers make in BC?");
        Assert.StartsWith("The chat with the counsellor has ended, and you're back with CareerBot.", back.Last.Text);
        Assert.Contains("$124,343", answered.Last.Text);
        Assert.Contains("Ended (1)", await counsellor.GetStringAsync("counsellor/inbox"));
        var outcomes = await RequestsForAPersonAsync();
        Assert.Contains("Handed to a counsellor online: 1", outcomes);
        Assert.Contains("Answered by a counsellor in the console: 1", outcomes);
        Assert.Contains("Given the office&#39;s contact (nobody online): 0", outcomes);
    }

    [Fact]
    public async Task The_counsellor_ending_the_chat_tells_the_student_and_the_bot_answers_again()
    {
        var counsellor = await host.SignedInAsync();
        await counsellor.GetStringAsync("counsellor/inbox");
        var student = (DirectLineStudent)host.Bot.StartChat(StudentPath.DirectLine);
        await student.SendAsync("je veux parler à un conseiller");
        var handoff = Assert.Single(await host.Handoffs.ListAsync(CancellationToken.None));

        using var end = await counsellor.PostAsync($"counsellor/handoffs/{Uri.EscapeDataString(handoff.Id)}/end", null);
        var told = (await student.HistoryAsync()).Last(a => a.Type == ActivityTypes.Message);
        var answered = await student.SendAsync("combien gagne un directeur informatique ?", "fr-CA");

        Assert.Equal(HttpStatusCode.Redirect, end.StatusCode);
        Assert.StartsWith("La discussion avec le conseiller est terminée", told.Text);
        Assert.Contains("Directeur ou directrice informatique", answered.Last.Text);
    }

    [Fact]
    public async Task A_channel_with_its_own_agent_hub_takes_the_handoff_with_handoff_status_and_gives_it_back()
    {
        var counsellor = await host.SignedInAsync();
        await counsellor.GetStringAsync("counsellor/inbox");
        var chat = host.Bot.StartConversation();
        await chat.SendAsync("can someone help me");

        var accepted = await chat.SendEventAsync(HandoffRouter.StatusEvent, JsonSerializer.SerializeToElement(new { state = "accepted" }));
        var whileTaken = await chat.SendAsync("hello agent");
        var completed = await chat.SendEventAsync(HandoffRouter.StatusEvent, JsonSerializer.SerializeToElement(new { state = "completed" }));
        var after = await chat.SendAsync("what does an IT analyst do?");

        Assert.Empty(accepted.Messages);
        Assert.Empty(whileTaken.Messages);
        Assert.StartsWith("The chat with the counsellor has ended", completed.Last.Text);
        Assert.Contains("IT Analyst", after.Last.Text);
        var handoff = Assert.Single(await host.Handoffs.ListAsync(CancellationToken.None));
        Assert.Equal(HandoffStatus.Ended, handoff.Status);
        Assert.Contains("Taken by the channel&#39;s own agent hub: 1", await RequestsForAPersonAsync());
    }

    /// <summary>The overview's "Requests for a person" table, a "label: count" line per row.</summary>
    private async Task<string[]> RequestsForAPersonAsync()
    {
        await host.FlushAsync();
        var overview = await (await host.SignedInAsync()).GetStringAsync("counsellor");
        var table = overview[overview.IndexOf("<h2>Requests for a person</h2>", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Contains("<th>Of 1 requests</th>", table);
        return [.. System.Text.RegularExpressions.Regex.Matches(table, "<td>([^<]*)</td><td>([^<]*)</td>").Select(m => $"{m.Groups[1].Value}: {m.Groups[2].Value}")];
    }

    [Fact]
    public async Task The_retention_purge_deletes_requests_for_a_person_older_than_the_retention_with_their_messages()
    {
        var old = DateTimeOffset.UtcNow.AddDays(-31);
        await host.Handoffs.CreateAsync(new HandoffRecord
        {
            Id = HandoffStore.NewId(old, "conversation-from-last-term"), ChannelId = "directline", ConversationId = "conversation-from-last-term",
            Reference = new ConversationReference { ChannelId = "directline" }, Language = "en", StartedAt = old, Status = HandoffStatus.Message,
            Messages = [new HandoffLine(HandoffSpeakers.Student, "a message from last term", old)],
        }, CancellationToken.None);
        var student = host.Bot.StartChat(StudentPath.DirectLine);
        await student.SendAsync("i need a counsellor");
        await student.SendAsync(CounsellorContactReply.LeaveMessageValue);
        await student.SendAsync("a message from this week");

        var purged = await host.Bot.Services.GetRequiredService<CareerBot.Counselling.Insights.InsightHousekeeping>().PurgeAsync();

        Assert.Equal(1, purged);
        var inbox = await (await host.SignedInAsync()).GetStringAsync("counsellor/inbox");
        Assert.DoesNotContain("a message from last term", inbox);
        Assert.Contains("a message from this week", inbox);
    }

    [Fact]
    public async Task Forget_me_deletes_the_students_handoff_messages()
    {
        var student = host.Bot.StartChat(StudentPath.DirectLine);
        await student.SendAsync("talk to a counsellor");
        await student.SendAsync(CounsellorContactReply.LeaveMessageValue);
        await student.SendAsync("please call me about my courses");
        var other = host.Bot.StartChat(StudentPath.DirectLine);
        await other.SendAsync("talk to a counsellor");
        await other.SendAsync(CounsellorContactReply.LeaveMessageValue);
        await other.SendAsync("another student's message");

        await student.SendAsync("forget me");
        await student.SendAsync("yes");

        var left = await host.Handoffs.ListAsync(CancellationToken.None);
        Assert.Equal(["another student's message"], left.Select(h => h.Messages.Single().Text));
    }

    public void Dispose() => host.Dispose();
}
