using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Understanding;

[Collection(ShippedKnowledgeCollection.Name)]
public sealed class DetectionTests(ShippedKnowledge shipped)
{
    [Theory]
    [InlineData("what does an IT service manager do", "it-service-manager")]
    [InlineData("how do i become an it servise manger", "it-service-manager")]
    [InlineData("ITSM salary", "it-service-manager")]
    [InlineData("what does a computer repair tech do", "computer-service-technician")]
    [InlineData("computer sytems enginer salary", "computer-systems-engineer")]
    [InlineData("what does a CSR do", "customer-service-representative")]
    [InlineData("cybersecurity outlook", "cyber-security-specialist")]
    [InlineData("infosec analyst skills", "cyber-security-specialist")]
    [InlineData("IT anaylst education", "it-analyst")]
    [InlineData("how much does a CIO make", "it-manager")]
    [InlineData("information technology managers", "it-manager")]
    [InlineData("itmanager salary", "it-manager")]
    [InlineData("what does an I.T. analyst do", "it-analyst")]
    [InlineData("custumer servise representitive duties", "customer-service-representative")]
    public void The_career_is_found_by_title_alias_abbreviation_or_typo(string text, string career)
    {
        Assert.Equal(career, shipped.Knowledge.FindMentions(text).Careers.FirstOrDefault());
        Assert.Equal(career, Understood.Ask(shipped.Knowledge, text).Career);
    }

    [Theory]
    [InlineData("tell me about IT analysts", "overview")]
    [InlineData("how do i become an IT analyst", "steps")]
    [InlineData("what degree does an IT analyst need", "education")]
    [InlineData("do IT analysts need work experience", "experience")]
    [InlineData("what does an IT analyst do all day", "duties")]
    [InlineData("what skills does an IT analyst need", "traits")]
    [InlineData("who hires IT analysts", "employers")]
    [InlineData("how much do IT analysts earn", "salary")]
    [InlineData("are IT analysts in demand", "outlook")]
    [InlineData("can an IT analyst get promoted", "advancement")]
    [InlineData("jobs similar to IT analyst", "similar")]
    [InlineData("scholarships for IT analyst students", "scholarships")]
    public void Each_of_the_twelve_topics_is_recognised(string text, string topic)
    {
        var answer = Understood.Ask(shipped.Knowledge, text);

        Assert.True(answer.Answered);
        Assert.Equal(topic, answer.Topic);
    }

    [Theory]
    [InlineData("IT manager salary in British Columbia", "bc")]
    [InlineData("IT manager salary BC", "bc")]
    [InlineData("IT manager salary in Vancouver", "bc")]
    [InlineData("IT manager salary in Calgary", "alberta")]
    [InlineData("IT manager salary alberta", "alberta")]
    [InlineData("IT manager salary in ab", "alberta")]
    [InlineData("IT manager salary in Canada", "canada")]
    [InlineData("what do Canadian IT managers make", "canada")]
    [InlineData("what do American IT managers make", "us")]
    [InlineData("IT manager salary in the US", "us")]
    [InlineData("IT manager salary USA", "us")]
    [InlineData("IT manager salary in the United States", "us")]
    public void The_region_is_found_from_names_cities_and_demonyms(string text, string region)
    {
        var answer = Understood.Ask(shipped.Knowledge, text);

        Assert.Equal(region, answer.Region);
        Assert.Equal("salary", answer.Topic);
    }

    [Theory]
    [InlineData("can you tell us what an IT manager does")]
    [InlineData("what does an IT manager do bc i want to know")]
    public void Everyday_words_that_look_like_regions_are_not_regions(string text)
    {
        Assert.Null(Understood.Ask(shipped.Knowledge, text).Region);
    }
}
