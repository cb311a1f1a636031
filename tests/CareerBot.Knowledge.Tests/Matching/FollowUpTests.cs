using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Understanding;

[Collection(ShippedKnowledgeCollection.Name)]
public sealed class FollowUpTests(ShippedKnowledge shipped)
{
    [Fact]
    public void A_question_without_a_career_is_about_the_career_asked_about_before()
    {
        var answer = Ask("how much do they make?", "What does an IT analyst do?");

        Assert.True(answer.Answered);
        Assert.Equal("it-analyst", answer.Career);
        Assert.Equal("salary", answer.Topic);
    }

    [Fact]
    public void The_most_recent_career_wins_over_older_ones()
    {
        var answer = Ask("what education do they need?", "tell me about IT managers", "what about cyber security specialists?");

        Assert.Equal("cyber-security-specialist", answer.Career);
        Assert.Equal("education", answer.Topic);
    }

    [Fact]
    public void A_region_alone_keeps_the_earlier_career_and_topic()
    {
        var answer = Ask("what about in BC?", "how much do IT managers make in Alberta?");

        Assert.Equal(("it-manager", "salary", "bc"), (answer.Career, answer.Topic, answer.Region));
    }

    [Fact]
    public void A_career_alone_keeps_the_earlier_topic_and_region()
    {
        var answer = Ask("and IT analysts?", "cyber security salary in the US");

        Assert.Equal(("it-analyst", "salary", "us"), (answer.Career, answer.Topic, answer.Region));
    }

    [Fact]
    public void A_new_career_in_the_question_replaces_the_earlier_one()
    {
        var answer = Ask("how do I become a computer technician?", "how much do IT managers make?");

        Assert.Equal(("computer-service-technician", "steps"), (answer.Career, answer.Topic));
    }

    [Fact]
    public void Thanks_after_a_question_is_not_answered_with_career_facts()
    {
        var answer = Ask("ok thanks", "how much do IT managers make?");

        Assert.False(answer.Answered);
        Assert.Empty(answer.Sources);
    }

    [Theory]
    [InlineData("what about youtubers?")]
    [InlineData("and for an influencer?")]
    public void Switching_to_a_job_no_list_has_is_not_answered_with_the_earlier_careers_facts(string text)
    {
        var answer = Ask(text, "how much do IT managers make in Alberta?");

        Assert.False(answer.Answered);
        Assert.Null(answer.Career);
    }

    [Theory]
    [InlineData("what about nursing?", "29-1141")]
    [InlineData("and for a dentist?", "29-1021")]
    public void Switching_to_a_job_without_a_guide_answers_about_that_job_in_the_place_asked(string text, string soc)
    {
        var answer = Ask(text, "how much do IT managers make in Alberta?");

        Assert.True(answer.Answered);
        Assert.Equal((soc, "salary", "alberta"), (answer.About!.Soc, answer.Topic, answer.Region));
        Assert.True(answer.RegionMissing); // no official Alberta figure for it: the answer says so and shows what exists
    }

    [Fact]
    public void A_follow_up_without_any_earlier_career_asks_which_career()
    {
        var answer = Ask("how much do they make?", "hello");

        Assert.False(answer.Answered);
        Assert.Equal("salary", answer.Topic);
        Assert.Equal(AnswerOutcome.WhichCareer, answer.Outcome);
    }

    private Answer Ask(string text, params string[] context) => Understood.Ask(shipped.Knowledge, text, context);
}
