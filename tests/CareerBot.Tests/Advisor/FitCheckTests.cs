using CareerBot.Tests.Advisor.Infrastructure;

namespace CareerBot.Tests.Advisor;

/// <summary>Run twice: over the Bot Connector path and over Direct Line, the path the web chat's students use.</summary>
public abstract class FitCheckTests(AdvisorHost host)
{
    protected abstract StudentPath Path { get; }

    private const string Start = "am I a good fit for IT service manager?";
    private const int ItsmTraits = 8;

    private static readonly string[] ScaleTitles = ["1 - Not at all", "2", "3", "4", "5 - Very much"];
    private static readonly string[] ScaleValues = ["1", "2", "3", "4", "5"];

    [Theory]
    [InlineData("am I a good fit for IT service manager?")]
    [InlineData("fit check for IT service manager")]
    [InlineData("Would an IT service manager job be right for me? Take the quiz")]
    [InlineData("is IT service manager the right career for me")]
    [InlineData("how well do I match the IT service manager career")]
    public async Task Asking_about_fit_starts_with_the_first_trait_question_and_five_answer_buttons(string start)
    {
        var replies = await StartConversation().SendAsync(start);

        Assert.Contains($"Question 1 of {ItsmTraits}", replies.Last.Text);
        Assert.EndsWith("?", replies.Last.Text);
        Assert.Equal(ScaleTitles, replies.Buttons);
        Assert.Equal(ScaleValues, replies.ButtonValues);
    }

    [Fact]
    public async Task A_fit_check_asked_for_in_french_is_asked_and_answered_in_french_from_the_french_file()
    {
        var chat = StartConversation();
        var first = await chat.SendAsync("est-ce que je suis fait pour être gestionnaire des services TI?", "fr-CA");

        Assert.StartsWith("Voyons à quel point le métier de Gestionnaire des services TI te convient", first.Last.Text);
        Assert.Contains($"Question 1 sur {ItsmTraits} : À quel point aimes-tu travailler avec la technologie", first.Last.Text);
        Assert.Equal(["1 - Pas du tout", "2", "3", "4", "5 - Tout à fait"], first.Buttons);
        Assert.Equal(ScaleValues, first.ButtonValues);

        var result = await FitCheckScript.RunAsync(chat, "4", Enumerable.Repeat("oui", ItsmTraits - 1), "fr-CA");

        Assert.StartsWith("Tu obtiens ", result.Last.Text);
        Assert.Contains("pour Gestionnaire des services TI : c'est une bonne compatibilité.", result.Last.Text);
        Assert.Contains("Tes plus grandes forces :", result.Last.Text);
        Assert.Contains("« montre mes résultats »", result.Last.Text);
        Assert.Equal("Voir mes résultats", result.Buttons[^1]);
    }

    [Fact]
    public async Task A_french_fit_check_for_a_job_starting_with_a_vowel_says_d_apostrophe()
    {
        var first = await StartConversation().SendAsync("est-ce que je ferais un bon électricien ? pose-moi les questions", "fr-CA");

        Assert.StartsWith("Voyons à quel point le métier d'Électricien te convient", first.Last.Text);
    }

    [Fact]
    public async Task Tapping_the_fit_check_button_of_a_french_answer_on_an_english_page_runs_the_check_in_french()
    {
        var chat = StartConversation();
        var answer = await chat.SendAsync("Que fait un plombier ?", "fr-CA");
        var tap = Assert.Single(answer.ButtonValues, v => v.StartsWith("Fit check for ", StringComparison.Ordinal));

        var first = await chat.SendAsync(tap, "en-US"); // the button sends its English command; the page is English

        Assert.StartsWith("Voyons à quel point le métier de Plombier", first.Last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moderate_french_result_names_its_similar_careers_in_french()
    {
        var chat = StartConversation();
        await chat.SendAsync("est-ce que je suis fait pour être gestionnaire des services TI?", "fr-CA");

        var result = await FitCheckScript.RunAsync(chat, "5", ["2", "5", "2", "3", "3", "2", "5"], "fr-CA");

        Assert.Equal(["moderate fit"], FitCheckScript.BandsNamed(result.Last.Text!));
        Assert.Contains("Métiers semblables qui correspondent à tes forces :\n- ", result.Last.Text);
        Assert.Contains("- Représentant ou représentante du service à la clientèle : met aussi l'accent sur l'aide aux clients et le traitement des plaintes (il fait appel à ces forces", result.Last.Text);
        Assert.Contains("Parcours scolaire :\n- La plupart des employeurs de gestionnaires des services TI demandent un baccalauréat", result.Last.Text);
        Assert.Contains("\n- Canada : les personnes de ce groupe ont habituellement un baccalauréat ou une maîtrise", result.Last.Text);
        Assert.DoesNotContain("Customer Service Representative", result.Last.Text);
        Assert.DoesNotContain("Education path", result.Last.Text);
        Assert.Equal("Show my results", result.ButtonValues[^1]);
    }

    [Fact]
    public async Task Each_trait_question_is_its_own_message_ending_with_a_question_mark()
    {
        var chat = StartConversation();
        await chat.SendAsync(Start);

        for (var question = 2; question <= ItsmTraits; question++)
        {
            var replies = await chat.SendAsync("3");

            var message = Assert.Single(replies.Messages);
            Assert.StartsWith($"Question {question} of {ItsmTraits}:", message.Text);
            Assert.EndsWith("?", message.Text);
            Assert.Equal(ScaleValues, replies.ButtonValues);
        }
    }

    [Fact]
    public async Task Fit_check_without_a_career_starts_with_it_service_manager_and_offers_the_others()
    {
        var replies = await StartConversation().SendAsync("fit check");

        Assert.Contains("IT Service Manager", replies.Last.Text);
        Assert.EndsWith("?", replies.Last.Text);
        Assert.Equal(ScaleTitles, replies.Buttons);
        var careers = Assert.Single(replies.Cards("application/vnd.microsoft.card.hero"));
        Assert.Contains("Fit check for IT Analyst", careers.GetRawText());
    }

    [Fact]
    public async Task Take_the_quiz_checks_the_career_the_conversation_is_about()
    {
        var chat = StartConversation();
        await chat.SendAsync("What does an IT analyst do?");

        var replies = await chat.SendAsync("take the quiz");

        Assert.Contains("IT Analyst", replies.Last.Text);
        Assert.Contains("Question 1 of 5", replies.Last.Text);
    }

    [Fact]
    public async Task A_career_without_a_file_gets_an_honest_answer_and_the_careers_that_have_a_fit_check()
    {
        var replies = await StartConversation().SendAsync("am I a good fit for astronaut?");

        Assert.Contains("don't have a fit check for that career", replies.Last.Text);
        Assert.Contains("IT Service Manager", replies.Last.Text);
        Assert.DoesNotContain("Question 1", replies.Last.Text);
    }

    [Theory]
    [InlineData("5", "strong fit", 100)]
    [InlineData("3", "moderate fit", 50)]
    [InlineData("1", "weak fit", 0)]
    public async Task The_result_gives_the_percentage_and_exactly_one_band(string answer, string band, int percent)
    {
        var result = await FitCheckScript.RunAsync(StartConversation(), Start, Enumerable.Repeat(answer, ItsmTraits));

        var text = result.Last.Text!;
        Assert.Equal([band], FitCheckScript.BandsNamed(text));
        Assert.Contains($"{percent}%", text);
        Assert.Contains("Education path:\n- Most employers of IT service managers want a bachelor's degree", text);
        Assert.Contains("\n- In high school: math, communications, electronics and computer science are the best preparation", text);
    }

    [Fact]
    public async Task A_strong_result_names_the_strongest_traits_and_the_next_step_from_the_file()
    {
        var result = await FitCheckScript.RunAsync(StartConversation(), Start, Enumerable.Repeat("definitely", ItsmTraits));

        Assert.Contains("Your strongest traits: Interest in technology and workflows", result.Last.Text);
        Assert.Contains("Your next step: In high school, work hard in math", result.Last.Text);
        Assert.DoesNotContain("Similar careers", result.Last.Text);
    }

    [Fact]
    public async Task A_moderate_result_says_what_to_work_on_and_which_similar_careers_match_the_strengths()
    {
        string[] answers = ["5", "2", "5", "2", "3", "3", "2", "5"];

        var result = await FitCheckScript.RunAsync(StartConversation(), Start, answers);

        var text = result.Last.Text!;
        Assert.Equal(["moderate fit"], FitCheckScript.BandsNamed(text));
        Assert.Contains("What to work on:\n- Influencing people and driving initiatives: Propose one improvement", text);
        Assert.Contains("Similar careers that match your strengths:\n- ", text);
        // Each similar career with its own reason from the career file, then the strengths it calls for.
        Assert.Contains("\n- Customer Service Representative: shares the focus on helping customers and handling complaints (it calls for your ", text);
    }

    [Fact]
    public async Task The_result_card_shows_the_score_and_the_band()
    {
        var result = await FitCheckScript.RunAsync(StartConversation(), Start, Enumerable.Repeat("4", ItsmTraits));

        var card = Assert.Single(result.Cards("application/vnd.microsoft.card.adaptive")).GetRawText();
        Assert.Contains("75%", card);
        Assert.Contains("Strong fit", card);
    }

    [Fact]
    public async Task Skip_moves_on_and_a_skipped_trait_counts_neither_way()
    {
        var chat = StartConversation();
        await chat.SendAsync(Start);

        var next = await chat.SendAsync("skip");
        Assert.StartsWith($"Question 2 of {ItsmTraits}", next.Last.Text);

        var result = await FitCheckScript.RunAsync(chat, "5", Enumerable.Repeat("5", ItsmTraits - 2));
        Assert.Contains("100%", result.Last.Text);
    }

    [Fact]
    public async Task Skipping_every_question_still_ends_with_one_band_and_says_why()
    {
        var result = await FitCheckScript.RunAsync(StartConversation(), Start, Enumerable.Repeat("skip", ItsmTraits));

        Assert.Contains("You skipped every question", result.Last.Text);
        Assert.Single(FitCheckScript.BandsNamed(result.Last.Text!));
    }

    [Fact]
    public async Task Back_asks_the_previous_question_again_and_the_new_answer_replaces_the_old_one()
    {
        var chat = StartConversation();
        await chat.SendAsync(Start);
        await chat.SendAsync("1");

        var again = await chat.SendAsync("back");
        Assert.StartsWith($"Question 1 of {ItsmTraits}", again.Last.Text);

        var result = await FitCheckScript.RunAsync(chat, "5", Enumerable.Repeat("5", ItsmTraits - 1));
        Assert.Contains("100%", result.Last.Text);
    }

    [Fact]
    public async Task Cancel_stops_the_fit_check_without_saving_anything()
    {
        var chat = StartConversation();
        await chat.SendAsync(Start);
        await chat.SendAsync("4");

        var cancelled = await chat.SendAsync("cancel");
        var results = await chat.SendAsync("show my results");

        Assert.Contains("stopped the fit check", cancelled.Last.Text);
        Assert.Contains("haven't finished a fit check", results.Last.Text);
    }

    [Fact]
    public async Task An_unclear_answer_is_asked_again_with_the_buttons_and_the_fit_check_goes_on()
    {
        var chat = StartConversation();
        await chat.SendAsync(Start);

        var retry = await chat.SendAsync("banana");
        var next = await chat.SendAsync("yeah mostly");

        Assert.StartsWith("Sorry, I didn't catch that.", retry.Last.Text);
        Assert.Contains($"Question 1 of {ItsmTraits}", retry.Last.Text);
        Assert.Equal(ScaleTitles, retry.Buttons);
        Assert.StartsWith($"Question 2 of {ItsmTraits}", next.Last.Text);
    }

    [Fact]
    public async Task A_question_in_the_middle_is_answered_and_the_same_fit_question_comes_back()
    {
        var chat = StartConversation();
        await chat.SendAsync(Start);
        await chat.SendAsync("4");

        var replies = await chat.SendAsync("How much do they earn in Alberta?");

        Assert.Equal(2, replies.Messages.Count);
        Assert.Contains("111,709", replies.Messages[0].Text);
        Assert.StartsWith("Sources:", replies.Messages[0].Text!.Split('\n')[^1]);
        Assert.StartsWith($"Question 2 of {ItsmTraits}", replies.Last.Text);
        Assert.Equal(ScaleTitles, replies.Buttons);
        var next = await chat.SendAsync("4");
        Assert.StartsWith($"Question 3 of {ItsmTraits}", next.Last.Text);
    }

    [Theory]
    [InlineData("5/0")]
    [InlineData("0/0")]
    [InlineData("-5")]
    [InlineData("1e999")]
    [InlineData("title:(manager) AND salary:* OR ~fuzzy^3")]
    [InlineData("{\"text\": \"5\"}")]
    [InlineData("👍🏽👍🏽👍🏽")]
    [InlineData("مرحبا")]
    [InlineData("\u0000\u202e")]
    public async Task An_odd_answer_gets_a_reply_and_the_fit_check_goes_on(string odd)
    {
        var chat = StartConversation();
        await chat.SendAsync(Start);

        var replies = await chat.SendAsync(odd);
        var next = await chat.SendAsync("4");

        Assert.NotEmpty(replies.Messages);
        Assert.Contains("Question", next.Text);
    }

    [Fact]
    public async Task A_very_long_message_is_handled_like_any_other()
    {
        var chat = StartConversation();
        await chat.SendAsync(Start);

        var replies = await chat.SendAsync(string.Concat(Enumerable.Repeat("very much so ", 2_000)));

        Assert.StartsWith($"Question 2 of {ItsmTraits}", replies.Last.Text);
    }

    [Fact]
    public async Task Help_in_the_middle_explains_and_asks_the_same_question_again()
    {
        var chat = StartConversation();
        await chat.SendAsync(Start);

        var replies = await chat.SendAsync("help");

        Assert.Contains("\"skip\", \"back\" or \"cancel\"", replies.Messages[0].Text);
        Assert.StartsWith($"Question 1 of {ItsmTraits}", replies.Last.Text);
    }

    [Fact]
    public async Task Thanks_in_the_middle_is_not_taken_for_an_answer()
    {
        var chat = StartConversation();
        await chat.SendAsync(Start);

        var replies = await chat.SendAsync("thanks");

        Assert.StartsWith("Back to your fit check", replies.Messages[0].Text);
        Assert.StartsWith($"Question 1 of {ItsmTraits}", replies.Last.Text);
    }

    [Fact]
    public async Task Asking_for_another_careers_fit_check_in_the_middle_starts_that_one()
    {
        var chat = StartConversation();
        await chat.SendAsync(Start);
        await chat.SendAsync("4");

        var replies = await chat.SendAsync("Fit check for IT Analyst");

        Assert.Contains("IT Analyst", replies.Last.Text);
        Assert.Contains("Question 1 of 5", replies.Last.Text);
    }

    [Fact]
    public async Task In_a_teams_channel_the_answer_buttons_are_card_buttons_and_the_question_stays_in_the_text()
    {
        var chat = host.StartConversation(channelId: "msteams", conversationType: "channel");

        var replies = await chat.SendAsync(Start);

        Assert.Null(replies.Last.SuggestedActions);
        Assert.EndsWith("?", replies.Last.Text);
        var card = Assert.Single(replies.Cards("application/vnd.microsoft.card.hero"));
        var buttons = card.GetProperty("buttons").EnumerateArray().ToList();
        Assert.Equal(ScaleTitles, buttons.Select(b => b.GetProperty("title").GetString()));
        Assert.Equal(ScaleValues, buttons.Select(b => b.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task A_rating_sent_after_the_result_gets_the_same_result_again()
    {
        var chat = StartConversation();
        await FitCheckScript.RunAsync(chat, Start, Enumerable.Repeat("2", ItsmTraits));

        var again = await chat.SendAsync("4");

        Assert.Equal(["weak fit"], FitCheckScript.BandsNamed(again.Last.Text!));
        Assert.Contains("That fit check is finished: you scored 25%", again.Last.Text);
    }

    [Fact]
    public async Task A_question_after_the_result_is_answered_as_a_question()
    {
        var chat = StartConversation();
        await FitCheckScript.RunAsync(chat, Start, Enumerable.Repeat("4", ItsmTraits));

        var answer = await chat.SendAsync("how much do they make in Alberta?");

        Assert.Contains("Alberta", answer.Last.Text);
        Assert.Empty(FitCheckScript.BandsNamed(answer.Last.Text!));
    }

    private IStudentChat StartConversation(string? userId = null) => host.StartChat(Path, userId);
}

[Collection(AdvisorCollection.Name)]
public sealed class FitCheckTestsOverConnector(AdvisorHost host) : FitCheckTests(host)
{
    protected override StudentPath Path => StudentPath.Connector;
}

[Collection(AdvisorCollection.Name)]
public sealed class FitCheckTestsOverDirectLine(AdvisorHost host) : FitCheckTests(host)
{
    protected override StudentPath Path => StudentPath.DirectLine;
}
