using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Files;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Understanding;

/// <summary>Readings, searches and composed sections are cached; asking again must say exactly the same.</summary>
[Collection(ShippedKnowledgeCollection.Name)]
public sealed class RepeatedTurnTests(ShippedKnowledge shipped)
{
    [Fact]
    public void The_same_turn_asked_again_gets_the_same_answer()
    {
        var knowledge = shipped.Knowledge;
        string[] context = ["hi there", "What does an IT service manager do?", "profile"];

        var first = Understood.Ask(knowledge, "how much do they earn in alberta?", context);
        var second = Understood.Ask(knowledge, "how much do they earn in alberta?", context);

        Assert.True(first.Answered);
        Assert.Equal((first.Career, first.Topic, first.Region, first.Content()), (second.Career, second.Topic, second.Region, second.Content()));
        Assert.Equal(first.Sources, second.Sources);
        Assert.Equal(first.FollowUps, second.FollowUps);
    }

    [Fact]
    public void A_message_first_read_as_context_is_read_the_same_when_asked_on_its_own()
    {
        var knowledge = shipped.Knowledge;
        Understood.Ask(knowledge, "yes", "do cyber security specialists earn much in BC?");

        var answer = Understood.Ask(knowledge, "do cyber security specialists earn much in BC?");

        Assert.Equal(("salary", KnowledgeRegions.BritishColumbia, true), (answer.Topic, answer.Region, answer.Answered));
    }
}
