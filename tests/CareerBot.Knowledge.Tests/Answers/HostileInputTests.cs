using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Tests.Support;

namespace CareerBot.Knowledge.Tests.Answers;

[Collection(ShippedKnowledgeCollection.Name)]
public sealed class HostileInputTests(ShippedKnowledge shipped)
{
    public static TheoryData<string> Hostile => new()
    {
        "salary AND (x OR y)",
        "*:*",
        "\"it manager\" salary\"",
        "salary~2 it~ manager~0.5",
        "\\",
        "it\\ manager \\\" salary",
        "title:[a TO z] OR career:{* TO *}",
        "+salary -it ^4 !manager && || ( ) [ ] { } ^ \" ~ * ? : \\ /",
        "/regex.*/ salary",
        "\0\u0001\u0007\u001b[31m IT manager \u0008 salary \u007f",
        "\uD800 lone surrogate \uDFFF",
        "",
        "   ",
        "\n\n\t",
        "💼💰❓",
        "' OR 1=1; DROP TABLE careers; --",
        "<script>alert('x')</script> IT analyst salary",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Query_syntax_and_odd_characters_get_a_normal_reply_never_an_exception(string text)
    {
        var answer = Understood.Ask(shipped.Knowledge, text);

        Assert.True(answer.Answered ? answer.Body.Count + answer.Salary.Count > 0 : answer.Body.Count == 0);
        Assert.InRange(answer.Score, 0, 1);
    }

    [Fact]
    public void A_question_with_lucene_syntax_around_a_real_question_gets_a_normal_answer()
    {
        var answer = Understood.Ask(shipped.Knowledge, "(IT analyst) AND salary* OR \"pay\"~3 in:alberta");

        Assert.True(answer.Answered);
        Assert.Equal("it-analyst", answer.Career);
        Assert.Equal("salary", answer.Topic);
    }

    [Fact]
    public void A_ten_thousand_character_question_gets_a_reply()
    {
        var text = "how much do IT managers make " + string.Concat(Enumerable.Repeat("blah ", 2000));

        var answer = Understood.Ask(shipped.Knowledge, text);

        Assert.Equal("it-manager", answer.Career);
        Assert.Equal("salary", answer.Topic);
    }

    [Fact]
    public void Ten_thousand_characters_without_spaces_get_a_clear_no_answer()
    {
        var answer = Understood.Ask(shipped.Knowledge, new string('x', 10_000));

        Assert.False(answer.Answered);
        Assert.Equal(AnswerOutcome.NotSure, answer.Outcome);
    }

    [Fact]
    public void Empty_input_asks_for_a_question_and_lists_the_careers()
    {
        var answer = Understood.Ask(shipped.Knowledge, string.Empty);

        Assert.False(answer.Answered);
        Assert.Contains(answer.Covered, c => c.Title == "IT Service Manager");
        Assert.NotEmpty(answer.FollowUps);
    }

    [Fact]
    public void Hostile_context_messages_are_ignored_safely()
    {
        var answer = Understood.Ask(shipped.Knowledge, "how much do they make?", "*:*", "", "\u0000", new string('(', 5000), "tell me about IT analysts");

        Assert.Equal("it-analyst", answer.Career);
        Assert.Equal("salary", answer.Topic);
    }
}
