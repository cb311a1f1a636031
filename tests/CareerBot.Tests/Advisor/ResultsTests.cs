using CareerBot.Tests.Advisor.Infrastructure;

namespace CareerBot.Tests.Advisor;

/// <summary>Run twice: over the Bot Connector path and over Direct Line, the path the web chat's students use.</summary>
public abstract class ResultsTests(AdvisorHost host)
{
    protected abstract StudentPath Path { get; }

    private const string Start = "am I a good fit for IT service manager?";

    [Fact]
    public async Task Show_my_results_before_any_fit_check_says_there_are_none()
    {
        var replies = await StartConversation().SendAsync("show my results");

        Assert.Contains("haven't finished a fit check", replies.Last.Text);
    }

    [Fact]
    public async Task Show_my_results_brings_back_the_saved_result_in_a_later_conversation()
    {
        var first = StartConversation();
        await FitCheckScript.RunAsync(first, Start, Enumerable.Repeat("4", 8));
        var later = StartConversation(userId: first.UserId);

        var replies = await later.SendAsync("show my results");

        Assert.Contains("IT Service Manager: 75%, a strong fit", replies.Last.Text);
    }

    [Fact]
    public async Task Show_my_results_in_the_middle_of_a_fit_check_then_asks_the_question_again()
    {
        var chat = StartConversation();
        await chat.SendAsync(Start);

        var replies = await chat.SendAsync("show my results");

        Assert.Contains("haven't finished a fit check", replies.Messages[0].Text);
        Assert.StartsWith("Question 1 of 8", replies.Last.Text);
    }

    [Fact]
    public async Task Forget_me_deletes_the_results_and_the_conversation_memory_and_says_so()
    {
        var chat = StartConversation();
        await FitCheckScript.RunAsync(chat, Start, Enumerable.Repeat("4", 8));

        var asked = await chat.SendAsync("forget me");
        var forgotten = await chat.SendAsync("yes");
        var results = await chat.SendAsync("show my results");
        var followUp = await chat.SendAsync("how much do they earn?");

        Assert.Contains("Are you sure?", asked.Last.Text);
        Assert.Contains("deleted everything I stored about you", forgotten.Last.Text);
        Assert.Contains("haven't finished a fit check", results.Last.Text);
        Assert.Contains("Which one do you mean?", followUp.Last.Text);
    }

    [Fact]
    public async Task Forget_me_in_the_middle_of_a_fit_check_ends_it()
    {
        var chat = StartConversation();
        await chat.SendAsync(Start);

        await chat.SendAsync("forget me");
        var replies = await chat.SendAsync("4");

        Assert.DoesNotContain("Question 2", replies.Last.Text);
    }

    [Fact]
    public async Task Start_over_restarts_the_fit_check_from_its_first_question()
    {
        var chat = StartConversation();
        await chat.SendAsync(Start);
        await chat.SendAsync("4");
        await chat.SendAsync("4");

        var replies = await chat.SendAsync("start over");

        Assert.Contains("start this fit check again", replies.Messages[0].Text);
        Assert.StartsWith("Question 1 of 8", replies.Last.Text);
    }

    [Fact]
    public async Task Forget_me_answered_no_keeps_the_results()
    {
        var chat = StartConversation();
        await FitCheckScript.RunAsync(chat, Start, Enumerable.Repeat("4", 8));

        await chat.SendAsync("forget me");
        var kept = await chat.SendAsync("no");
        var results = await chat.SendAsync("show my results");

        Assert.Contains("haven't deleted anything", kept.Last.Text);
        Assert.Contains("IT Service Manager", results.Last.Text);
        Assert.DoesNotContain("haven't finished a fit check", results.Last.Text);
    }

    [Fact]
    public async Task Show_my_results_names_the_same_strongest_traits_as_the_result_it_saved()
    {
        var chat = StartConversation();
        var result = await FitCheckScript.RunAsync(chat, Start, ["5", "5", "5", "5", "5", "4", "2", "2"]);
        var named = result.Last.Text!.Split("Your strongest traits: ", 2)[1].Split('\n')[0].TrimEnd('.');

        var replies = await chat.SendAsync("show my results");

        Assert.Contains($"Strongest: {named}.", replies.Last.Text);
    }

    [Fact]
    public async Task Show_my_results_asked_in_french_is_answered_in_french()
    {
        var chat = StartConversation();
        await FitCheckScript.RunAsync(chat, Start, Enumerable.Repeat("4", 8));

        var replies = await chat.SendAsync("montre mes résultats", "fr-CA");

        Assert.StartsWith("Tes résultats enregistrés :", replies.Last.Text);
        Assert.Contains("IT Service Manager : 75 %, une bonne compatibilité", replies.Last.Text);
        Assert.Contains("« oublie-moi »", replies.Last.Text);
    }

    private IStudentChat StartConversation(string? userId = null) => host.StartChat(Path, userId);
}

[Collection(AdvisorCollection.Name)]
public sealed class ResultsTestsOverConnector(AdvisorHost host) : ResultsTests(host)
{
    protected override StudentPath Path => StudentPath.Connector;
}

[Collection(AdvisorCollection.Name)]
public sealed class ResultsTestsOverDirectLine(AdvisorHost host) : ResultsTests(host)
{
    protected override StudentPath Path => StudentPath.DirectLine;
}
