using CareerBot.Tests.Advisor.Infrastructure;

namespace CareerBot.Tests.Counselling;

/// <summary>
/// Asking for a person in the middle of a fit check interrupts it, as "help" and "cancel" do in the Bot Framework's
/// cancel-and-help pattern: the offer is the turn's last word, so its buttons stay usable; the question waits, unscored,
/// and comes back when the student asks for it.
/// </summary>
public sealed class HandoffDuringFitCheckTests : IDisposable
{
    private const string Start = "am I a good fit for IT service manager?";
    private static readonly string[] ScaleTitles = ["1 - Not at all", "2", "3", "4", "5 - Very much"];

    private readonly ConsoleHost host = new(new Dictionary<string, string?>
    {
        ["Counselling:Office"] = "Student Services, room 114",
    });

    [Theory]
    [InlineData(StudentPath.DirectLine)]
    [InlineData(StudentPath.Connector)]
    public async Task Asking_for_a_counsellor_mid_fit_check_keeps_the_offer_usable_a_message_left_reaches_the_inbox_and_the_check_goes_on_unscored(StudentPath path)
    {
        var student = host.Bot.StartChat(path);
        await student.SendAsync(Start);
        await student.SendAsync("4");

        var offer = await student.SendAsync("talk to a counsellor");
        Assert.StartsWith("A person is the best help for that.", offer.Last.Text);
        Assert.EndsWith("Your fit check is paused where you left off: tap \"Back to my fit check\" when you want to go on.", offer.Last.Text);
        Assert.DoesNotContain(offer.Messages, m => m.Text!.Contains("Question ", StringComparison.Ordinal));
        Assert.Equal(["Leave a message", "Back to my fit check"], offer.Buttons);

        var prompt = await student.SendAsync(offer.ButtonValues[0]);
        Assert.StartsWith("Write your message for the counselling office", prompt.Last.Text);

        var left = await student.SendAsync("Please call me at 604-555-0199 about my grade 11 courses.");
        Assert.StartsWith("Thanks: your message is in the counselling office's inbox.", left.Last.Text);
        Assert.Equal(["Back to my fit check"], left.Buttons);
        Assert.Contains("604-555-0199", await (await host.SignedInAsync()).GetStringAsync("counsellor/inbox"));

        // Question 2 again: neither the request nor the message was taken for an answer.
        var resumed = await student.SendAsync(left.ButtonValues[0]);
        Assert.StartsWith("Back to your fit check, where we left off:", resumed.Messages[0].Text);
        Assert.StartsWith("Question 2 of 8", resumed.Last.Text);
        Assert.Equal(ScaleTitles, resumed.Buttons);
        var next = await student.SendAsync("4");
        Assert.StartsWith("Question 3 of 8", next.Last.Text);
    }

    [Fact]
    public async Task A_french_student_asking_for_a_counsellor_mid_fit_check_is_told_in_french_that_the_check_is_paused()
    {
        var student = host.Bot.StartChat(StudentPath.DirectLine);
        await student.SendAsync("est-ce que je suis fait pour être gestionnaire des services TI?", "fr-CA");
        await student.SendAsync("4", "fr-CA");

        var offer = await student.SendAsync("je veux parler à un conseiller", "fr-CA");
        Assert.StartsWith("Pour ça, une personne t'aidera mieux que moi.", offer.Last.Text);
        Assert.EndsWith("Ton test de compatibilité est en pause là où tu t'es arrêté : touche « Reprendre mon test » quand tu veux continuer.", offer.Last.Text);
        Assert.Equal(["Laisser un message", "Reprendre mon test"], offer.Buttons);

        var resumed = await student.SendAsync(offer.ButtonValues[1], "fr-CA");
        Assert.StartsWith("On reprend ton test de compatibilité là où on s'était arrêtés :", resumed.Messages[0].Text);
        Assert.StartsWith("Question 2 sur 8", resumed.Last.Text);
    }

    [Fact]
    public async Task A_student_handed_to_a_counsellor_mid_fit_check_keeps_back_to_careerbot_and_finds_the_check_paused_on_return()
    {
        var counsellor = await host.SignedInAsync();
        await counsellor.GetStringAsync("counsellor/inbox"); // the counsellor is online while the inbox is open
        var student = host.Bot.StartChat(StudentPath.DirectLine);
        await student.SendAsync(Start);

        var joining = await student.SendAsync("i want to talk to a human please");
        Assert.StartsWith("A counsellor from your school is online", joining.Last.Text);
        Assert.EndsWith("Your fit check is paused where you left off: you can go on with it when you're back with CareerBot.", joining.Last.Text);
        Assert.Equal(["Back to CareerBot"], joining.Buttons);
        await student.SendAsync("3"); // to the counsellor, not an answer

        var back = await student.SendAsync("back to CareerBot");
        Assert.StartsWith("The chat with the counsellor has ended", back.Last.Text);
        Assert.Equal(["Back to my fit check"], back.Buttons);
        var resumed = await student.SendAsync(back.ButtonValues[0]);
        Assert.StartsWith("Question 1 of 8", resumed.Last.Text);
    }

    public void Dispose() => host.Dispose();
}
