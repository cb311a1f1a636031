using CareerBot.Advisor.Replies;
using CareerBot.Tests.Advisor.Infrastructure;

namespace CareerBot.Tests.Advisor;

/// <summary>Run twice: over the Bot Connector path and over Direct Line, the path the web chat's students use.</summary>
public abstract class QuestionTests(AdvisorHost host)
{
    protected abstract StudentPath Path { get; }

    [Fact]
    public async Task A_question_is_answered_from_the_career_file_and_ends_with_its_sources()
    {
        var replies = await StartConversation().SendAsync("What does an IT service manager do?");

        var text = replies.Last.Text!;
        Assert.Contains("IT Service Manager", text);
        Assert.Contains("support staff", text);
        Assert.StartsWith("Sources:", text.Split('\n')[^1]);
    }

    [Fact]
    public async Task An_answer_offers_two_follow_up_questions_and_the_fit_check_as_buttons()
    {
        var replies = await StartConversation().SendAsync("What does an IT service manager do?");

        Assert.Equal(3, replies.Buttons.Count);
        Assert.Equal("Fit check for IT Service Manager", replies.Buttons[^1]);
        Assert.DoesNotContain(replies.Buttons, b => b.Contains("do?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_answer_comes_with_an_adaptive_card_carrying_the_sources()
    {
        var replies = await StartConversation().SendAsync("How much does an IT service manager earn in Alberta?");

        var card = Assert.Single(replies.Cards(FitCheckScript.ScaleAdaptiveCard));
        Assert.Contains("Sources:", card.GetRawText());
        Assert.Contains("111,709", card.GetRawText());
    }

    [Fact]
    public async Task They_in_a_follow_up_means_the_career_asked_about_before()
    {
        var chat = StartConversation();
        await chat.SendAsync("What does an IT service manager do?");

        var replies = await chat.SendAsync("How much do they earn?");

        Assert.Contains("Salary figures for IT Service Manager", replies.Last.Text);
    }

    [Fact]
    public async Task A_region_follow_up_keeps_the_career_and_the_topic()
    {
        var chat = StartConversation();
        await chat.SendAsync("How much does an IT service manager earn?");

        var replies = await chat.SendAsync("and in Alberta?");

        Assert.Contains("IT Service Manager in Alberta", replies.Last.Text);
        Assert.Contains("111,709", replies.Last.Text);
        Assert.DoesNotContain("British Columbia", replies.Last.Text);
    }

    [Fact]
    public async Task The_region_is_remembered_for_the_next_follow_up()
    {
        var chat = StartConversation();
        await chat.SendAsync("How much does an IT service manager earn in BC?");
        await chat.SendAsync("what education do they need?");

        var replies = await chat.SendAsync("and the salary?");

        Assert.Contains("IT Service Manager in British Columbia", replies.Last.Text);
        Assert.DoesNotContain("Alberta", replies.Last.Text);
    }

    [Fact]
    public async Task What_do_they_do_all_day_is_answered_with_the_duties_of_the_career_in_the_conversation()
    {
        var chat = StartConversation();
        await chat.SendAsync("Tell me about IT service managers");

        var replies = await chat.SendAsync("what do they do all day?");

        Assert.Contains("IT Service Manager — Duties", replies.Last.Text);
    }

    [Fact]
    public async Task Naming_another_career_switches_the_conversation_to_it()
    {
        var chat = StartConversation();
        await chat.SendAsync("What does an IT service manager do?");
        await chat.SendAsync("What does an IT analyst do?");

        var replies = await chat.SendAsync("how much do they make?");

        Assert.Contains("IT Analyst", replies.Last.Text);
        Assert.DoesNotContain("IT Service Manager", replies.Last.Text);
    }

    [Fact]
    public async Task A_question_it_cannot_place_gets_did_you_mean_buttons()
    {
        var replies = await StartConversation().SendAsync("How much do they earn?");

        Assert.Contains("Which one do you mean?", replies.Last.Text);
        Assert.InRange(replies.Buttons.Count, 2, 3);
        Assert.All(replies.Buttons, b => Assert.StartsWith("How much does", b));
    }

    [Fact]
    public async Task A_job_no_official_list_has_is_answered_honestly()
    {
        var chat = StartConversation();
        await chat.SendAsync("What does an IT service manager do?");

        var replies = await chat.SendAsync("what does a youtuber do?");

        Assert.Contains("I couldn't find a job called \"youtuber\" in the official lists", replies.Last.Text);
        Assert.Contains("You can ask me about any job", replies.Last.Text);
        Assert.DoesNotContain("Sources:", replies.Last.Text);
    }

    [Fact]
    public async Task A_job_without_a_guide_is_answered_from_the_catalogue_with_its_official_sources()
    {
        var chat = StartConversation();
        await chat.SendAsync("What does an IT service manager do?");

        var replies = await chat.SendAsync("what does a dentist do?");

        Assert.Contains("Dentist, General — Duties", replies.Last.Text);
        Assert.Contains("O*NET 29.3: Dentists, General (29-1021.00)", replies.Last.Text);
        Assert.DoesNotContain("IT service", replies.Last.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_salary_in_a_province_with_no_official_figure_says_so_then_shows_each_figure_under_its_own_place()
    {
        var replies = await StartConversation().SendAsync("how much do electricians make in ontario");

        Assert.Contains("I don't have a salary figure for Electrician in Ontario", replies.Last.Text);
        Assert.Contains("British Columbia", replies.Last.Text);
        Assert.Contains("The United States", replies.Last.Text);
        Assert.DoesNotContain("Canada:", replies.Last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_that_fits_several_jobs_gets_which_one_with_the_likeliest_as_buttons()
    {
        var replies = await StartConversation().SendAsync("how much do engineers make");

        Assert.Contains("That could mean several jobs. Which one do you mean?", replies.Last.Text);
        Assert.InRange(replies.Buttons.Count, 2, 5);
        Assert.All(replies.Buttons, b => Assert.StartsWith("How much does", b, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("what kind of degree does a meteorologist need", "Atmospheric and Space Scientist — Education")]
    [InlineData("how much do commercial fishermen make", "Fishing and Hunting Worker")]
    [InlineData("do plumers make good money", "Plumber, Pipefitter, or Steamfitter")]
    [InlineData("how long is school for LPNs", "Licensed Practical and Licensed Vocational Nurse — Education")]
    public async Task A_job_named_by_a_one_word_title_a_plural_abbreviation_or_a_slip_is_answered_about_it(string question, string heading)
    {
        var replies = await StartConversation().SendAsync(question);

        Assert.Contains(heading, replies.Last.Text);
    }

    [Fact]
    public async Task A_place_stays_with_its_career_and_a_what_about_but_not_with_a_fresh_question_about_another_career()
    {
        var chat = StartConversation();
        await chat.SendAsync("how much do electricians make in ontario");

        var followUp = await chat.SendAsync("what about plumbers?");
        Assert.Contains("Ontario", followUp.Last.Text);

        await chat.SendAsync("what does a registered nurse do");
        var salary = await chat.SendAsync("how much do they make");
        Assert.Contains("Registered Nurse", salary.Last.Text);
        Assert.DoesNotContain("Ontario", salary.Last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comparison_after_a_bc_question_compares_bc_pay_even_where_bc_publishes_it_by_the_hour()
    {
        var chat = StartConversation();
        await chat.SendAsync("how much do electricians make in BC");

        var replies = await chat.SendAsync("which pays more, electrician or plumber");

        Assert.Contains("In British Columbia, Electrician pays more: median $34 CAD an hour (2025)", replies.Last.Text);
        Assert.DoesNotContain("USD", replies.Last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unclear_message_with_no_career_never_offers_a_question_about_this_career()
    {
        var replies = await StartConversation().SendAsync("can u fix my laptop its making a weird buzzing noise");

        Assert.StartsWith("I'm not sure what you mean.", replies.Last.Text, StringComparison.Ordinal);
        Assert.NotEmpty(replies.Buttons);
        Assert.All(replies.Buttons, b => Assert.DoesNotContain("this career", b, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Where_a_job_works_names_its_largest_industries_in_bc_and_says_no_other_place_has_them()
    {
        var replies = await StartConversation().SendAsync("where do electricians work");

        Assert.Contains("the industries that employ the most people in this job are construction (92%), health care and social services (3%)", replies.Last.Text);
        Assert.Contains("for British Columbia only", replies.Last.Text);
        Assert.Contains("B.C. Labour Market Outlook 2025–2035", replies.Last.Text);
    }

    [Fact]
    public async Task A_message_naming_more_jobs_than_a_comparison_holds_asks_which_one_with_the_named_jobs()
    {
        var replies = await StartConversation().SendAsync("nurse plumber electrician vet pilot chef welder carpenter lawyer dentist");

        Assert.Contains("That could mean several jobs. Which one do you mean?", replies.Last.Text);
        Assert.Equal(5, replies.Buttons.Count);
        Assert.Contains(replies.Buttons, b => b.Contains("Registered Nurse", StringComparison.Ordinal));
        Assert.Contains(replies.Buttons, b => b.Contains("Electrician", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_an_uncovered_career_they_no_longer_means_the_earlier_one()
    {
        var chat = StartConversation();
        await chat.SendAsync("What does an IT service manager do?");
        await chat.SendAsync("what does a dentist do?");

        var replies = await chat.SendAsync("how much do they earn?");

        Assert.DoesNotContain("Salary figures for IT Service Manager", replies.Last.Text);
    }

    [Theory]
    [InlineData("which pays more, IT analyst or IT manager?")]
    [InlineData("compare IT analyst and IT manager")]
    [InlineData("what's the difference between an IT analyst and an IT manager?")]
    public async Task A_comparison_gets_one_side_by_side_reply_for_both_careers_with_their_sources(string question)
    {
        var replies = await StartConversation().SendAsync(question);

        var reply = Assert.Single(replies.Messages);
        Assert.StartsWith("IT Analyst and IT Manager side by side:", reply.Text);
        Assert.Contains("**IT Analyst**", reply.Text);
        Assert.Contains("**IT Manager**", reply.Text);
        // The newest figures: the catalogue's BLS OEWS May 2024, which the guides gain over their own older ones.
        Assert.Contains("In the United States, IT Manager pays more: median $171,200 USD a year (2024), against $103,790 USD a year for IT Analyst (2024).", reply.Text);
        Assert.Contains("computer-systems-analysts", reply.Text);
        Assert.Contains("computer-and-information-systems-managers", reply.Text);
        var card = Assert.Single(replies.Cards(FitCheckScript.ScaleAdaptiveCard));
        var columns = card.GetProperty("body").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "ColumnSet").GetProperty("columns");
        Assert.Equal(2, columns.GetArrayLength());
    }

    [Fact]
    public async Task A_comparison_card_can_be_rated_and_offers_more_about_each_career_and_their_fit_checks()
    {
        var replies = await StartConversation().SendAsync("compare IT analyst and IT manager");

        var card = Assert.Single(replies.Cards(FitCheckScript.ScaleAdaptiveCard));
        var feedback = card.GetProperty("actions").EnumerateArray()
            .Select(a => (a.GetProperty("title").GetString(), a.GetProperty("data").GetProperty("text").GetString()));
        Assert.Equal([("Helpful", Button.HelpfulValue), ("Not helpful", Button.NotHelpfulValue)], feedback);
        Assert.Equal(["Tell me about an IT Analyst.", "Tell me about an IT Manager.", "Fit check for IT Analyst", "Fit check for IT Manager"],
            replies.Buttons);
    }

    [Fact]
    public async Task A_comparison_follow_up_button_is_understood_as_the_question_it_shows()
    {
        var chat = StartConversation();
        var comparison = await chat.SendAsync("compare IT analyst and IT manager");

        var replies = await chat.SendAsync(comparison.ButtonValues[1]);

        Assert.StartsWith("IT Manager — ", replies.Last.Text);
    }

    [Fact]
    public async Task Two_questions_in_one_message_are_both_answered_in_order()
    {
        var replies = await StartConversation().SendAsync("what do IT analysts do and how much do they make?");

        Assert.Equal(2, replies.Messages.Count);
        Assert.StartsWith("IT Analyst — Duties", replies.Messages[0].Text);
        Assert.StartsWith("Salary figures for IT Analyst", replies.Messages[1].Text);
        Assert.Null(replies.Messages[0].SuggestedActions);
        Assert.NotNull(replies.Messages[1].SuggestedActions);
    }

    [Fact]
    public async Task A_question_that_joins_two_words_with_and_is_one_question()
    {
        var replies = await StartConversation().SendAsync("what is the pay and the outlook like for an IT manager?");

        Assert.Single(replies.Messages);
    }

    [Fact]
    public async Task A_question_in_french_is_answered_in_french()
    {
        var replies = await StartConversation().SendAsync("Combien gagne un gestionnaire des services TI en Alberta?", "fr-CA");

        Assert.StartsWith("Salaires pour Gestionnaire des services TI pour l'Alberta", replies.Last.Text);
        Assert.Contains("Selon le guide de carrière", replies.Last.Text);
        Assert.Contains("par année", replies.Last.Text);
        Assert.Contains("Sources : ", replies.Last.Text);
        Assert.Equal("fr", replies.Last.Locale);
    }

    [Fact]
    public async Task Show_more_after_an_answer_gets_the_whole_section_in_one_card()
    {
        var chat = StartConversation();
        var first = await chat.SendAsync("How do I become an IT service manager?");
        Assert.Contains("Action.ToggleVisibility", Assert.Single(first.Cards(FitCheckScript.ScaleAdaptiveCard)).GetRawText());

        var replies = await chat.SendAsync("show more");

        var card = Assert.Single(replies.Cards(FitCheckScript.ScaleAdaptiveCard)).GetRawText();
        Assert.Contains("Keep growing your career", card);
        Assert.DoesNotContain("Action.ToggleVisibility", card);
    }

    private IStudentChat StartConversation(string? userId = null) => host.StartChat(Path, userId);
}

[Collection(AdvisorCollection.Name)]
public sealed class QuestionTestsOverConnector(AdvisorHost host) : QuestionTests(host)
{
    protected override StudentPath Path => StudentPath.Connector;
}

[Collection(AdvisorCollection.Name)]
public sealed class QuestionTestsOverDirectLine(AdvisorHost host) : QuestionTests(host)
{
    protected override StudentPath Path => StudentPath.DirectLine;
}
