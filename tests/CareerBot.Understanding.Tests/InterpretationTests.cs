using CareerBot.Understanding.Interpreting;

namespace CareerBot.Understanding.Tests;

[Collection(TrainedCollection.Name)]
public sealed class InterpretationTests(TrainedUnderstanding trained)
{
    private readonly IInterpreter understanding = trained.Service;

    [Theory]
    [InlineData("help", Intent.Help)]
    [InlineData("what can you do?", Intent.Help)]
    [InlineData("Please forget me.", Intent.ForgetMe)]
    [InlineData("oublie-moi", Intent.ForgetMe)]
    [InlineData("show my results", Intent.ShowResults)]
    [InlineData("take the quiz", Intent.StartFitCheck)]
    [InlineData("could I be an IT service manager?", Intent.StartFitCheck)]
    [InlineData("am i cut out for cyber security", Intent.StartFitCheck)]
    [InlineData("quiz me", Intent.StartFitCheck)]
    [InlineData("Bonjour !", Intent.Greeting)]
    [InlineData("thank you", Intent.Thanks)]
    [InlineData("bye", Intent.Goodbye)]
    [InlineData("can i talk to a real counsellor", Intent.Counsellor)]
    [InlineData("that helped", Intent.FeedbackPositive)]
    [InlineData("that's wrong", Intent.FeedbackNegative)]
    [InlineData("which pays more, IT analyst or IT manager?", Intent.Compare)]
    [InlineData("tell me a joke", Intent.SmallTalk)]
    [InlineData("you're useless", Intent.Rude)]
    [InlineData("where does this info come from?", Intent.Question)]
    public void Messages_are_read_as_the_intent_a_student_means(string text, Intent expected)
    {
        Assert.Equal(expected, understanding.Interpret(text).Intent);
    }

    [Theory]
    [InlineData("do IT service managers make sure solutions are delivered on time?", "it-service-manager", "duties")]
    [InlineData("how much do IT service managers make in Alberta?", "it-service-manager", "salary")]
    [InlineData("where does this info come from?", null, "sources")]
    [InlineData("combien gagne un analyste en informatique en C.-B. ?", "it-analyst", "salary")]
    [InlineData("quelles études pour devenir technicien en informatique", "computer-service-technician", "education")]
    public void Questions_get_their_career_and_topic(string text, string? career, string topic)
    {
        var meaning = understanding.Interpret(text);
        Assert.Equal(Intent.Question, meaning.Intent);
        Assert.Equal(career, meaning.Career);
        Assert.Equal(topic, meaning.Topic);
    }

    [Fact]
    public void A_comparison_names_both_careers()
    {
        var meaning = understanding.Interpret("compare IT analyst and IT manager");
        Assert.Equal(Intent.Compare, meaning.Intent);
        Assert.Equal(["it-analyst", "it-manager"], meaning.NamedCareers.Order());
    }

    [Fact]
    public void A_follow_up_keeps_the_career_topic_and_asks_for_the_new_region()
    {
        var context = new ConversationContext(Career: "it-analyst", Topic: "salary", Region: "bc");
        var meaning = understanding.Interpret("what about in alberta?", context);
        Assert.Equal("it-analyst", meaning.Career);
        Assert.True(meaning.CareerFromContext);
        Assert.Equal("salary", meaning.Topic);
        Assert.Equal("alberta", meaning.Region);
    }

    [Fact]
    public void A_new_topic_wins_over_the_one_in_context()
    {
        var context = new ConversationContext(Career: "it-analyst", Topic: "salary");
        var meaning = understanding.Interpret("what do they do all day?", context);
        Assert.Equal("duties", meaning.Topic);
        Assert.Equal("it-analyst", meaning.Career);
    }

    [Theory]
    [InlineData("what about the pay in the us", "salary", "us")]
    [InlineData("et les études aux États-Unis ?", "education", "us")]
    public void A_follow_up_that_names_its_own_topic_gets_that_topic(string text, string topic, string region)
    {
        var context = new ConversationContext(Career: "cyber-security-specialist", Topic: "overview");
        var meaning = understanding.Interpret(text, context);
        Assert.Equal((topic, region, "cyber-security-specialist"), (meaning.Topic, meaning.Region, meaning.Career));
        Assert.False(meaning.TopicFromContext);
    }

    [Fact]
    public void An_uncovered_occupation_is_named_and_no_career_is_taken_from_context()
    {
        var meaning = understanding.Interpret("how much do youtubers make?", new ConversationContext(Career: "it-analyst"));
        Assert.Equal("youtuber", meaning.Occupation);
        Assert.Null(meaning.Career);
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("5/5", 5)]
    [InlineData("1 out of 5", 1)]
    [InlineData("8/10", 4)]
    [InlineData("that's me", 5)]
    [InlineData("meh, average", 3)]
    [InlineData("not at all", 1)]
    [InlineData("tout à fait", 5)]
    [InlineData("moyennement", 3)]
    [InlineData("pas du tout", 1)]
    [InlineData("4 out of 5 for sure", 4)]
    [InlineData("mets 4", 4)]
    [InlineData("id say a 2 tbh", 2)]
    [InlineData("like 7/10 honestly", 4)]
    public void Fit_check_answers_are_ratings(string text, int level)
    {
        var meaning = understanding.Interpret(text, new ConversationContext(AwaitingRating: true));
        Assert.Equal(Intent.Rating, meaning.Intent);
        Assert.Equal(level, meaning.Rating);
    }

    [Theory]
    [InlineData("6")]
    [InlineData("10")]
    [InlineData("0")]
    public void A_number_off_the_scale_is_not_squeezed_onto_it(string text)
    {
        var meaning = understanding.Interpret(text, new ConversationContext(AwaitingRating: true));
        Assert.True(meaning.RatingOffScale);
        Assert.Null(meaning.Rating);
    }

    [Fact]
    public void A_number_outside_a_fit_check_is_no_rating()
    {
        Assert.NotEqual(Intent.Rating, understanding.Interpret("compare 2 careers for me").Intent);
    }

    [Fact]
    public void A_quantity_mid_check_is_not_taken_as_the_number()
    {
        var meaning = understanding.Interpret("i did 2 years of robotics club", new ConversationContext(AwaitingRating: true));
        Assert.NotEqual(2, meaning.Rating);
    }

    [Fact]
    public void A_number_in_a_question_mid_check_is_a_question()
    {
        var meaning = understanding.Interpret("5 years?", new ConversationContext(Career: "it-service-manager", AwaitingRating: true));
        Assert.Equal(Intent.Question, meaning.Intent);
        Assert.Null(meaning.Rating);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂🙂🙂")]
    [InlineData("title:salary AND (x OR y)* ~2 \"")]
    [InlineData("\u0001\u0002 what\u0007 do they do")]
    public void Odd_input_is_read_without_throwing(string text)
    {
        var meaning = understanding.Interpret(text);
        Assert.NotEmpty(meaning.Intents);
    }

    [Fact]
    public void A_very_long_message_is_read_from_its_question_part()
    {
        var story = string.Concat(Enumerable.Repeat("My uncle is a nurse and my aunt is a plumber, and I like games. ", 480));
        var meaning = understanding.Interpret(story + "How much do IT analysts make in BC?");
        Assert.Equal("it-analyst", meaning.Career);
        Assert.Equal("salary", meaning.Topic);
        Assert.Equal("bc", meaning.Region);
    }

    [Fact]
    public void Thirty_thousand_characters_of_filler_around_a_question_are_read_as_the_question()
    {
        var text = "how much do IT managers make " + string.Concat(Enumerable.Repeat("blah ", 6000));
        var meaning = understanding.Interpret(text);
        Assert.True(text.Length >= 30_000);
        Assert.Equal((Intent.Question, "it-manager", "salary"), (meaning.Intent, meaning.Career, meaning.Topic));
    }

    [Theory]
    [InlineData("salaire d'un ingénieur réseau en Colombie-Britannique")]
    [InlineData("SALAIRE D'UN INGENIEUR RESEAU EN COLOMBIE BRITANNIQUE")]
    public void Accents_and_capitals_do_not_change_the_reading(string text)
    {
        var meaning = understanding.Interpret(text);
        Assert.Equal(("computer-systems-engineer", "salary", "bc"), (meaning.Career, meaning.Topic, meaning.Region));
    }

    [Fact]
    public void French_messages_are_read_as_french_and_short_ones_follow_the_locale()
    {
        Assert.Equal("fr", understanding.Interpret("combien gagne un technicien en informatique").Language);
        Assert.Equal("fr", understanding.Interpret("ok", locale: "fr-CA").Language);
        Assert.Equal("en", understanding.Interpret("how much does an IT analyst make").Language);
    }
}
