using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Counselling.Insights;
using CareerBot.Tests.Advisor.Infrastructure;

namespace CareerBot.Tests.Counselling;

/// <summary>
/// A card's Helpful / Not helpful buttons, tapped in the web chat (Direct Line, each tap posted as Web Chat posts an
/// Action.Submit: the button's data as the message's value), reach the console's counts once per card.
/// </summary>
public sealed class AnswerFeedbackTests : IDisposable
{
    private readonly ConsoleHost host = new();

    [Fact]
    public async Task One_card_takes_one_rating_however_often_and_whenever_its_buttons_are_tapped()
    {
        var student = await DirectLineStudent.StartAsync(host.Bot.CreateClient(), AdvisorHost.Secret);
        var duties = Card(await student.SendAsync("what does an IT analyst do?"));

        await student.SendAsync(Tap(student, duties, "Helpful"));
        await student.SendAsync(Tap(student, duties, "Not helpful")); // changed their mind: the first choice stands
        var salary = Card(await student.SendAsync("how much does an IT manager make?"));
        await student.SendAsync(Tap(student, duties, "Not helpful")); // the first card again, after another answer

        Assert.Equal((1, 0), await FeedbackAsync());
        Assert.DoesNotContain("how much does an IT manager make?", await KeptAsync());

        // The newer card still takes its own one rating, kept with the question it answered.
        await student.SendAsync(Tap(student, salary, "Not helpful"));
        await student.SendAsync(Tap(student, salary, "Helpful"));
        Assert.Equal((1, 1), await FeedbackAsync());
        Assert.Contains("how much does an IT manager make?", await KeptAsync());
    }

    [Fact]
    public async Task A_comparison_card_can_be_rated_once_like_any_answer()
    {
        var student = await DirectLineStudent.StartAsync(host.Bot.CreateClient(), AdvisorHost.Secret);
        var comparison = Card(await student.SendAsync("compare IT analyst and IT manager"));

        await student.SendAsync(Tap(student, comparison, "Not helpful"));
        await student.SendAsync(Tap(student, comparison, "Not helpful"));

        Assert.Equal((0, 1), await FeedbackAsync());
        Assert.Contains("compare IT analyst and IT manager", await KeptAsync());
    }

    public void Dispose() => host.Dispose();

    private static JsonElement Card(BotReplies replies) => Assert.Single(replies.Cards(FitCheckScript.ScaleAdaptiveCard));

    /// <summary>What Web Chat posts for a tap on a card's Action.Submit: no text, the button's data as the value.</summary>
    private static JsonObject Tap(DirectLineStudent student, JsonElement card, string title)
    {
        var button = card.GetProperty("actions").EnumerateArray()
            .Single(a => a.GetProperty("type").GetString() == "Action.Submit" && a.GetProperty("title").GetString() == title);
        return new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = student.UserId },
            ["value"] = JsonNode.Parse(button.GetProperty("data").GetRawText()),
        };
    }

    private async Task<(int Helpful, int NotHelpful)> FeedbackAsync()
    {
        await host.FlushAsync();
        var today = InsightStore.DayOf(DateTimeOffset.UtcNow);
        var counts = (await host.Store.DaysAsync(today, today, CancellationToken.None)).Single().Counts;
        return (counts.Helpful, counts.NotHelpful);
    }

    private async Task<IReadOnlyList<string?>> KeptAsync()
    {
        await host.FlushAsync();
        var (questions, _) = await host.Store.QuestionsAsync(0, 50, openOnly: true, CancellationToken.None);
        return questions.Where(q => q.Reason == QuestionReasons.NotHelpful).Select(q => q.Text).ToList();
    }
}
