using CareerBot.Advisor.Replies;
using CareerBot.BotFramework.Schema;
using CareerBot.Cli;
using CareerBot.Knowledge.Answers;
using CareerBot.Knowledge.Files;
using CareerBot.Rendering;
using CareerBot.Tests.Rendering;

namespace CareerBot.Tests.Cli;

/// <summary>The terminal's printer, for a message that carries its words in a card only (a card-only reply).</summary>
public sealed class ChatRendererTests(ShippedAnswers shipped) : IClassFixture<ShippedAnswers>
{
    [Theory]
    [InlineData("en", "Median: $124,343 CAD a year")]
    [InlineData("fr", "Médiane : 124 343 $ CAD par année")]
    public void A_cards_salary_table_is_printed_as_labels_with_the_colon_of_the_cards_language(string language, string expected)
    {
        var answer = shipped.Knowledge.Ask(new AnswerRequest("it-service-manager", KnowledgeTopics.Salary, "bc", Language: language));
        var reply = AnswerReply.Create(new Activity { Type = ActivityTypes.Message, ChannelId = "directline" }, answer, [], AnswerLanguages.For(language));
        reply.Text = null;
        var output = new StringWriter();

        ChatRenderer.Write(output, reply);

        var printed = output.ToString().Replace('\u00A0', ' ');
        Assert.Contains(expected, printed);
        Assert.DoesNotMatch(@"\p{L}:\s\d", language == "fr" ? printed : "");
    }
}
