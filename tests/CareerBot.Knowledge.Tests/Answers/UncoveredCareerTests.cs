using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Answers;

[Collection(ShippedKnowledgeCollection.Name)]
public sealed class UncoveredCareerTests(ShippedKnowledge shipped)
{
    [Theory]
    [InlineData("how much does a dentist make?")]
    [InlineData("how do I become a pilot")]
    [InlineData("what does a nurse do in alberta")]
    [InlineData("software engineer salary")]
    [InlineData("how much do network administrators make")]
    [InlineData("how do i become a zookeeper")]
    public void A_career_without_a_file_gets_the_list_of_covered_careers_and_no_facts(string text)
    {
        var answer = Understood.Ask(shipped.Knowledge, text);

        Assert.False(answer.Answered);
        Assert.Null(answer.Career);
        Assert.Empty(answer.Sources);
        Assert.Equal(AnswerOutcome.UncoveredCareer, answer.Outcome);
        Assert.Equal(shipped.Knowledge.Careers.Select(c => c.Title).Order(), answer.Covered.Select(c => c.Title).Order());
        Assert.Empty(answer.Body);
        Assert.Empty(answer.Salary);
    }

    [Fact]
    public void An_uncovered_career_after_a_covered_one_is_not_answered_with_the_earlier_careers_facts()
    {
        var answer = Understood.Ask(shipped.Knowledge, "what about dentists?", "how much do IT managers make?");

        Assert.False(answer.Answered);
        Assert.Null(answer.Career);
        Assert.Contains("dentist", answer.Occupation, StringComparison.Ordinal);
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
