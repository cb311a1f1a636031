using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Answers;

[Collection(ShippedKnowledgeCollection.Name)]
public sealed class UncoveredCareerTests(ShippedKnowledge shipped)
{
    [Theory]
    [InlineData("how much does a youtuber make?")]
    [InlineData("how do I become an influencer")]
    [InlineData("what does a streamer do in alberta")]
    [InlineData("how do i become an astronaut")]
    public void A_job_no_official_list_has_gets_an_honest_decline_and_no_facts(string text)
    {
        var answer = Understood.Ask(shipped.Knowledge, text);

        Assert.False(answer.Answered);
        Assert.Null(answer.Career);
        Assert.Empty(answer.Sources);
        Assert.Equal(AnswerOutcome.UncoveredCareer, answer.Outcome);
        Assert.True(answer.CoversEveryOccupation);
        Assert.Equal(shipped.Knowledge.Careers.Where(c => c.IsGuide).Select(c => c.Title).Order(), answer.Covered.Select(c => c.Title).Order());
        Assert.Empty(answer.Body);
        Assert.Empty(answer.Salary);
    }

    [Theory]
    [InlineData("how much does a dentist make?", "29-1021", "salary")]
    [InlineData("how do I become an airline pilot", "53-2011", "steps")]
    [InlineData("what does a registered nurse do in alberta", "29-1141", "duties")]
    [InlineData("how much do network administrators make", "15-1244", "salary")]
    [InlineData("how do i become a zookeeper", "39-2021", "steps")]
    public void A_job_without_a_guide_is_answered_from_the_official_catalogue_with_its_sources(string text, string soc, string topic)
    {
        var answer = Understood.Ask(shipped.Knowledge, text);

        Assert.True(answer.Answered, answer.Outcome.ToString());
        Assert.Equal((soc, topic), (answer.About!.Soc, answer.Topic));
        Assert.NotEmpty(answer.Sources);
    }

    [Fact]
    public void Another_job_after_a_guide_is_answered_about_that_job_not_with_the_earlier_careers_facts()
    {
        var answer = Understood.Ask(shipped.Knowledge, "what about dentists?", "how much do IT managers make?");

        Assert.True(answer.Answered);
        Assert.Equal("29-1021", answer.About!.Soc);
    }

    [Fact]
    public void A_no_answer_offers_at_most_three_suggestions_that_are_themselves_answerable()
    {
        var answer = Understood.Ask(shipped.Knowledge, "what is the meaning of life");

        Assert.False(answer.Answered);
        Assert.InRange(answer.FollowUps.Count, 1, 3);
        Assert.All(answer.FollowUps, f => Assert.True(shipped.Knowledge.Ask(new AnswerRequest(f.Career.Id, f.Topic)).Answered, f.ToString()));
    }

    [Fact]
    public void An_answered_question_offers_follow_up_questions_that_are_answerable()
    {
        var answer = Understood.Ask(shipped.Knowledge, "what does a cyber security specialist do?");

        Assert.True(answer.Answered);
        Assert.InRange(answer.FollowUps.Count, 1, 3);
        Assert.All(answer.FollowUps, f => Assert.Equal(answer.Career, f.Career.Id));
        Assert.All(answer.FollowUps, f => Assert.True(shipped.Knowledge.Ask(new AnswerRequest(f.Career.Id, f.Topic)).Answered, f.ToString()));
    }
}
