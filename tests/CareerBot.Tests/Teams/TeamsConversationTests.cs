using CareerBot.Tests.WebChat;

namespace CareerBot.Tests.Teams;

/// <summary>The real bot behind /api/messages, fed activities shaped like Microsoft Teams'.</summary>
public sealed class TeamsConversationTests : IAsyncLifetime
{
    private const string SalaryQuestion = "How much do IT service managers make?";
    private CareerBotServer _server = null!;

    public async Task InitializeAsync() => _server = await CareerBotServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_question_that_mentions_the_bot_in_a_team_channel_gets_the_same_answer_as_without_the_mention()
    {
        var inChannel = await TeamsActivities.SendAsync(_server.Http, TeamsActivities.ChannelMessage(SalaryQuestion));
        var inPersonal = await TeamsActivities.SendAsync(_server.Http, TeamsActivities.PersonalMessage(SalaryQuestion));

        var channelText = TeamsActivities.Texts(inChannel);
        Assert.Contains("Sources:", channelText);
        Assert.DoesNotContain("<at>", channelText);
        Assert.Equal(TeamsActivities.Texts(inPersonal), channelText);
    }

    [Fact]
    public async Task A_reply_in_a_team_channel_goes_back_to_the_same_channel_thread()
    {
        var question = TeamsActivities.ChannelMessage(SalaryQuestion);

        var replies = await TeamsActivities.SendAsync(_server.Http, question);

        var reply = Assert.Single(replies, r => (string?)r["type"] == "message");
        Assert.Equal((string?)question["conversation"]!["id"], (string?)reply["conversation"]!["id"]);
        Assert.Equal("msteams", (string?)reply["channelId"]);
        Assert.Equal(TeamsActivities.BotId, (string?)reply["from"]!["id"]);
        Assert.Equal((string?)question["id"], (string?)reply["replyToId"]);
    }

    [Fact]
    public async Task A_mention_in_a_group_chat_is_removed_before_the_bot_reads_the_question()
    {
        var replies = await TeamsActivities.SendAsync(_server.Http, TeamsActivities.GroupChatMessage(SalaryQuestion));

        var text = TeamsActivities.Texts(replies);
        Assert.Contains("Sources:", text);
        Assert.DoesNotContain(TeamsActivities.BotName + "</at>", text);
    }

    [Fact]
    public async Task A_personal_chat_question_is_answered_with_its_sources()
    {
        var replies = await TeamsActivities.SendAsync(_server.Http, TeamsActivities.PersonalMessage("What does an IT service manager do?"));

        var text = TeamsActivities.Texts(replies);
        Assert.Contains("Sources:", text);
        Assert.Contains("service", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_student_who_opens_a_personal_chat_is_welcomed()
    {
        var replies = await TeamsActivities.SendAsync(_server.Http, TeamsActivities.PersonalMembersAdded());

        var welcome = Assert.Single(replies, r => (string?)r["type"] == "message");
        Assert.Contains("career", (string?)welcome["text"] ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Being_added_to_a_team_is_accepted_without_a_message_to_the_channel()
    {
        var replies = await TeamsActivities.SendAsync(_server.Http, TeamsActivities.BotAddedToTeam());

        Assert.DoesNotContain(replies, r => (string?)r["type"] == "message");
    }

    [Fact]
    public async Task A_fit_check_in_a_team_channel_offers_its_answers_as_card_buttons()
    {
        var replies = await TeamsActivities.SendAsync(_server.Http, TeamsActivities.ChannelMessage("fit check"));

        // Teams shows no suggested actions in channels, so the 1-5 answers must be buttons on a card.
        var cards = string.Join("\n", replies.SelectMany(r => r["attachments"]?.AsArray() ?? []).Select(TeamsActivities.Json));
        foreach (var title in new[] { "1 - Not at all", "2", "3", "4", "5 - Very much" })
        {
            Assert.Contains($"\"{title}\"", cards);
        }
    }

    [Fact]
    public async Task A_fit_check_in_a_personal_chat_offers_the_answers_as_suggested_actions()
    {
        var replies = await TeamsActivities.SendAsync(_server.Http, TeamsActivities.PersonalMessage("fit check"));

        var question = Assert.Single(replies, r => r["suggestedActions"] is not null);
        var titles = question["suggestedActions"]!["actions"]!.AsArray().Select(a => (string?)a!["title"]).ToList();
        Assert.Equal(["1 - Not at all", "2", "3", "4", "5 - Very much"], titles);
        Assert.EndsWith("?", ((string?)question["text"])?.TrimEnd());
    }
}
