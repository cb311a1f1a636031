using CareerBot.Advisor.Handoff;
using CareerBot.Counselling.Handoff;
using CareerBot.Tests.Advisor.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Counselling;

/// <summary>
/// A school without the counsellors' console has no inbox anyone reads: a student asking for a person is offered only
/// what the school has set up, and is never told a message was stored.
/// </summary>
public sealed class HandoffWithoutConsoleTests
{
    private static readonly Dictionary<string, string?> Contact = new()
    {
        ["Counselling:Office"] = "Student Services, room 114",
        ["Counselling:Phone"] = "604-555-0100",
    };

    [Theory]
    [InlineData(StudentPath.DirectLine, "can i talk to a real counsellor?", "en-US",
        "A person is the best help for that, but no counsellor can be reached through this chat. Please see your school counsellor " +
        "in person: they can talk through your options and help you plan your courses.")]
    [InlineData(StudentPath.Connector, "je veux parler à un conseiller", "fr-CA",
        "Pour ça, une personne t'aidera mieux que moi, mais aucun conseiller ne peut être joint par cette discussion. Va voir le " +
        "conseiller d'orientation de ton école : il peut discuter de tes options avec toi et t'aider à choisir tes cours.")]
    public async Task With_no_console_and_no_contact_the_student_is_told_plainly_that_no_counsellor_is_reachable_here(
        StudentPath path, string ask, string locale, string told)
    {
        using var host = AdvisorHost.WithSettings(new Dictionary<string, string?>());

        var replies = await host.StartChat(path).SendAsync(ask, locale);

        Assert.Equal(told, replies.Last.Text);
        Assert.Empty(replies.Buttons);
    }

    [Theory]
    [InlineData(StudentPath.DirectLine, "can i talk to a real counsellor?", "en-US",
        "A person is the best help for that. You can reach your school's counselling office:\n- Office: Student Services, room 114\n- Phone: 604-555-0100")]
    [InlineData(StudentPath.Connector, "je veux parler à un conseiller", "fr-CA",
        "Pour ça, une personne t'aidera mieux que moi. Tu peux joindre le service d'orientation de ton école :\n- Bureau : Student Services, room 114\n- Téléphone : 604-555-0100")]
    public async Task With_no_console_the_school_contact_is_given_without_leave_a_message(StudentPath path, string ask, string locale, string told)
    {
        using var host = AdvisorHost.WithSettings(Contact);

        var replies = await host.StartChat(path).SendAsync(ask, locale);

        Assert.Equal(told, replies.Last.Text);
        Assert.Single(replies.Cards(FitCheckScript.ScaleAdaptiveCard));
        Assert.Empty(replies.Buttons);
    }

    [Theory]
    [InlineData(StudentPath.DirectLine, "en-US", "Messages can't be left for the counselling office in this chat.", "inbox")]
    [InlineData(StudentPath.Connector, "fr-CA", "On ne peut pas laisser de message au service d'orientation dans cette discussion.", "boîte de réception")]
    public async Task With_no_console_an_old_leave_a_message_button_never_claims_a_message_was_stored(
        StudentPath path, string locale, string told, string inbox)
    {
        using var host = AdvisorHost.WithSettings(Contact);
        var student = host.StartChat(path);

        var tapped = await student.SendAsync(CounsellorContactReply.LeaveMessageValue, locale);
        var written = await student.SendAsync("Please call me at 604-555-0199 about my courses.", locale);

        Assert.Equal(told, tapped.Messages[0].Text);
        Assert.Contains("604-555-0100", tapped.Last.Text);
        Assert.Empty(tapped.Buttons);
        Assert.DoesNotContain(inbox, tapped.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(inbox, written.Text, StringComparison.Ordinal);
        Assert.Empty(await host.Services.GetRequiredService<HandoffStore>().ListAsync(CancellationToken.None));
    }
}
