using System.Text.Json;
using CareerBot.Tests.Advisor.Infrastructure;

namespace CareerBot.Tests.Advisor;

[Collection(AdvisorCollection.Name)]
public sealed class WelcomeTests(AdvisorHost host)
{
    private static readonly string[] Starters =
        ["What does a registered nurse do?", "How much do electricians make in BC?", "How do I become a video game designer?"];

    [Fact]
    public async Task A_student_joining_is_invited_to_ask_about_any_job_with_the_guides_and_three_starter_buttons()
    {
        var chat = host.StartConversation();

        var welcome = await chat.JoinAsync();

        Assert.Contains("I'm CareerBot", welcome.Last.Text);
        Assert.Contains("Ask me about any job: I have official facts on 924 careers in Canada and the US.", welcome.Last.Text);
        Assert.Contains("Detailed guides: ", welcome.Last.Text);
        Assert.Contains("Cyber Security Specialist", welcome.Last.Text);
        Assert.Equal(Starters, welcome.Buttons);
        Assert.Equal(Starters, welcome.ButtonValues);
    }

    [Theory]
    [InlineData("What does a registered nurse do?", "Registered Nurse — Duties")]
    [InlineData("How much do electricians make in BC?", "Salary figures for Electrician in British Columbia")]
    [InlineData("How do I become a video game designer?", "Video Game Designer — Steps")]
    public async Task Each_starter_is_answered_about_its_job(string starter, string heading)
    {
        var replies = await host.StartConversation().SendAsync(starter);

        Assert.Contains(heading, replies.Last.Text);
    }

    [Fact]
    public async Task The_welcome_card_is_an_adaptive_card_1_5_with_a_fallback_that_says_the_same()
    {
        var welcome = await host.StartConversation().JoinAsync();

        var card = Assert.Single(welcome.Cards(FitCheckScript.ScaleAdaptiveCard));
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal(welcome.Last.Text, card.GetProperty("fallbackText").GetString());
    }

    [Fact]
    public async Task In_a_teams_group_chat_the_starters_are_card_buttons_instead_of_suggested_actions()
    {
        var chat = host.StartConversation(channelId: "msteams", conversationType: "groupChat");

        var welcome = await chat.JoinAsync();

        Assert.Null(welcome.Last.SuggestedActions);
        var card = Assert.Single(welcome.Cards(FitCheckScript.ScaleAdaptiveCard));
        var titles = card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToArray();
        Assert.Equal(Starters, titles);
        Assert.All(card.GetProperty("actions").EnumerateArray(), a => Assert.Equal("Action.Submit", a.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task A_student_joining_a_french_channel_is_welcomed_in_french()
    {
        var welcome = await host.StartConversation().JoinAsync(locale: "fr-CA");

        Assert.StartsWith("Salut, je suis CareerBot.", welcome.Last.Text);
        Assert.Contains("Technicien ou technicienne en informatique", welcome.Last.Text);
        Assert.Equal("Touche un bouton ci-dessous ou pose simplement ta question.", welcome.Last.Text!.Split("\n\n")[^1]);
        Assert.Equal(3, welcome.Buttons.Count);
    }

    [Fact]
    public async Task Only_the_bot_joining_gets_no_welcome()
    {
        var chat = host.StartConversation();

        var replies = await chat.JoinAsync(botOnly: true);

        Assert.Empty(replies.Messages);
    }

    [Fact]
    public async Task Hello_is_answered_with_the_welcome()
    {
        var replies = await host.StartConversation().SendAsync("hello");

        Assert.Contains("I'm CareerBot", replies.Last.Text);
        Assert.Equal(Starters, replies.Buttons);
    }

    [Theory]
    [InlineData(StudentPath.Connector)]
    [InlineData(StudentPath.DirectLine)]
    public async Task A_greeting_later_in_the_conversation_gets_a_short_hello_not_the_welcome_card_again(StudentPath path)
    {
        var chat = host.StartChat(path);
        await chat.SendAsync("What does a registered nurse do?");

        var replies = await chat.SendAsync("hey");

        var hello = Assert.Single(replies.Messages);
        Assert.Equal("Hi again! What would you like to know about careers? Ask me about a job, or say \"fit check\".", hello.Text);
        Assert.Null(hello.Attachments);
        Assert.Empty(replies.Buttons);
    }

    [Theory]
    [InlineData(StudentPath.Connector)]
    [InlineData(StudentPath.DirectLine)]
    public async Task Salut_later_in_a_french_conversation_gets_a_short_hello_in_french(StudentPath path)
    {
        var chat = host.StartChat(path);
        await chat.SendAsync("Combien gagne un électricien en C.-B. ?", "fr-CA");

        var replies = await chat.SendAsync("salut", "fr-CA");

        var hello = Assert.Single(replies.Messages);
        Assert.Equal("Rebonjour ! Qu'est-ce que tu veux savoir sur les métiers ? Pose-moi une question sur un métier, ou dis « test de compatibilité ».", hello.Text);
        Assert.Null(hello.Attachments);
    }

    [Fact]
    public async Task A_greeting_right_after_the_welcome_on_joining_gets_a_short_hello_and_the_welcome_is_not_sent_twice()
    {
        var chat = host.StartConversation();
        var welcome = await chat.JoinAsync();

        var replies = await chat.SendAsync("hi");

        Assert.Single(welcome.Cards(FitCheckScript.ScaleAdaptiveCard));
        Assert.StartsWith("Hi again!", replies.Last.Text);
        Assert.Empty(replies.Cards(FitCheckScript.ScaleAdaptiveCard));
    }

    [Fact]
    public async Task Help_says_what_the_bot_can_do()
    {
        var replies = await host.StartConversation().SendAsync("help");

        Assert.Contains("fit check", replies.Last.Text);
        Assert.Contains("forget me", replies.Last.Text);
    }

    [Fact]
    public async Task An_empty_message_gets_an_example_question_rather_than_an_error()
    {
        var replies = await host.StartConversation().SendAsync("   ");

        Assert.Contains("What does an IT service manager do?", replies.Last.Text);
    }

    [Fact]
    public async Task A_card_button_posted_as_a_value_counts_as_typed_text()
    {
        var chat = host.StartConversation();

        var replies = await chat.SendValueAsync(JsonSerializer.SerializeToElement(new { text = "help" }));

        Assert.Contains("forget me", replies.Last.Text);
    }
}
