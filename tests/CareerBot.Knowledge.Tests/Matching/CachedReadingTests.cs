using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Understanding;

/// <summary>Readings are cached per loaded index; a reload must read every message again, context included.</summary>
public sealed class CachedReadingTests : IDisposable
{
    private readonly TempKnowledgeFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_question_asked_before_a_new_career_file_names_that_career_after_the_reload()
    {
        folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester"));
        using var knowledge = new KnowledgeBase(folder.Root, watchForChanges: false);
        var before = Understood.Ask(knowledge, "what does a gamma tester do?");

        folder.Write("gamma-tester", CareerText.Valid("gamma-tester", "Gamma Tester"));
        knowledge.Reload();
        var after = Understood.Ask(knowledge, "what does a gamma tester do?");

        Assert.NotEqual("gamma-tester", before.Career);
        Assert.Equal(("gamma-tester", true), (after.Career, after.Answered));
    }

    [Fact]
    public void A_follow_up_after_a_reload_reads_its_earlier_message_against_the_new_careers()
    {
        folder.Write("alpha-tester", CareerText.Valid("alpha-tester", "Alpha Tester"));
        using var knowledge = new KnowledgeBase(folder.Root, watchForChanges: false);
        Understood.Ask(knowledge, "tell me about gamma testers");

        folder.Write("gamma-tester", CareerText.Valid("gamma-tester", "Gamma Tester"));
        knowledge.Reload();
        var answer = Understood.Ask(knowledge, "how do I become one?", "tell me about gamma testers");

        Assert.Equal(("gamma-tester", "steps"), (answer.Career, answer.Topic));
    }
}
