using System.Text.Json.Nodes;
using CareerBot.Tests.Advisor.Infrastructure;
using CareerBot.Tests.WebChat;

namespace CareerBot.Tests.Advisor;

/// <summary>Messages no one plans for, typed into the web chat (Direct Line): each gets a real reply, never an apology for an error.</summary>
public sealed class OddMessageTests : IAsyncLifetime
{
    private const string Apology = "something went wrong";
    private CareerBotServer _server = null!;

    public async Task InitializeAsync() => _server = await CareerBotServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_thirty_thousand_character_life_story_is_answered_from_its_question()
    {
        var story = string.Concat(Enumerable.Repeat("My uncle is a nurse and my aunt is a plumber, and I like video games a lot. ", 400));
        var text = story + "So how much do IT analysts make in BC?";
        var student = await DirectLineStudent.StartAsync(_server.Http, CareerBotServer.Secret);

        var replies = await student.SendAsync(text);

        Assert.True(text.Length >= 30_000);
        Assert.Contains("salary figure", replies.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("IT Analyst in British Columbia", replies.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("nurse", replies.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_question_padded_with_thousands_of_filler_words_is_answered()
    {
        var student = await DirectLineStudent.StartAsync(_server.Http, CareerBotServer.Secret);

        var replies = await student.SendAsync("how much do IT managers make " + string.Concat(Enumerable.Repeat("blah ", 6000)));

        Assert.Contains("Salary figures for IT Manager", replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_with_null_attachments_and_entities_is_answered()
    {
        var student = await DirectLineStudent.StartAsync(_server.Http, CareerBotServer.Secret);
        var message = new JsonObject
        {
            ["type"] = "message",
            ["text"] = "what does a CSR do?",
            ["attachments"] = new JsonArray((JsonNode?)null),
            ["entities"] = new JsonArray(null, null),
        };

        var replies = await student.SendAsync(message);

        Assert.Contains("Customer Service Representative", replies.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Apology, replies.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("💼💰❓")]
    [InlineData("salary AND (x OR y) title:\"it manager\"~2 *:*")]
    [InlineData("\u0001\u0002 what does a CSR do \u0007")]
    [InlineData("what does an IT analyst do? qu'est-ce qu'un analyste fait au jour le jour?")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Emoji_query_syntax_control_characters_and_mixed_languages_get_a_reply(string text)
    {
        var student = await DirectLineStudent.StartAsync(_server.Http, CareerBotServer.Secret);

        var replies = await student.SendAsync(text);

        Assert.NotEmpty(replies.Messages);
        Assert.False(string.IsNullOrWhiteSpace(replies.Text) && replies.Messages.All(m => m.Attachments is not { Count: > 0 }));
        Assert.DoesNotContain(Apology, replies.Text, StringComparison.OrdinalIgnoreCase);
    }
}
