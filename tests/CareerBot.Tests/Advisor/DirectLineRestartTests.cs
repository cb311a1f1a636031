using CareerBot.Tests.Advisor.Infrastructure;
using CareerBot.Tests.Host;
using CareerBot.Tests.WebChat;

namespace CareerBot.Tests.Advisor;

/// <summary>
/// The web chat after the bot restarts on its default embedded storage: the page's token still works, its conversation
/// is found with its whole history, and a half-done fit check goes on to its result.
/// </summary>
public sealed class DirectLineRestartTests
{
    [Fact]
    public async Task A_web_chat_student_reconnects_after_a_restart_with_the_history_and_finishes_the_fit_check()
    {
        using var database = new TempDatabase();
        var settings = new Dictionary<string, string?>(CareerBotServer.Classroom)
        {
            ["Storage:Kind"] = "Sqlite",
            ["Storage:SqlitePath"] = database.Path,
        };
        DirectLineStudent before;
        await using (var first = await CareerBotServer.StartAsync(settings))
        {
            before = await DirectLineStudent.StartAsync(first.Http, CareerBotServer.Secret);
            await before.SendAsync("am I a good fit for IT service manager?");
            await before.SendAsync("5");
            await before.SendAsync("5");
            Assert.StartsWith("Question 4 of 8", (await before.SendAsync("5")).Last.Text);
        }

        await using var second = await CareerBotServer.StartAsync(settings);
        var after = before.On(second.Http);

        Assert.True(await after.ReconnectAsync(), "the restarted server did not know the conversation");
        var history = await after.HistoryAsync();
        Assert.Contains(history, a => a.Text == "am I a good fit for IT service manager?");
        Assert.Contains(history, a => a.Text?.StartsWith("Question 4 of 8", StringComparison.Ordinal) == true);
        Assert.Equal(history.Count, history.Select(a => a.Id).Distinct().Count());

        Assert.StartsWith("Question 5 of 8", (await after.SendAsync("1")).Last.Text);
        BotReplies result = default!;
        foreach (var answer in new[] { "1", "1", "1", "1" })
        {
            result = await after.SendAsync(answer);
        }

        Assert.Contains("38%", result.Last.Text);
        Assert.Equal(["weak fit"], FitCheckScript.BandsNamed(result.Last.Text!));
    }
}
