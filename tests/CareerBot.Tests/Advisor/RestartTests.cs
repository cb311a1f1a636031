using CareerBot.Tests.Advisor.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CareerBot.Tests.Advisor;

/// <summary>The dialog stack and answers live in storage, so a fit check survives the bot being stopped and started again.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-restart-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_half_done_fit_check_continues_after_a_restart_on_the_same_sqlite_file()
    {
        var database = Path.Combine(_folder, "careerbot.db");
        BotConversation before;
        using (var first = AdvisorHost.WithSqlite(database))
        {
            before = first.StartConversation();
            await before.SendAsync("am I a good fit for IT service manager?");
            await before.SendAsync("5");
            await before.SendAsync("5");
            var third = await before.SendAsync("5");
            Assert.StartsWith("Question 4 of 8", third.Last.Text);
        }

        using var second = AdvisorHost.WithSqlite(database);
        var after = second.ResumeConversation(before);

        var fourth = await after.SendAsync("1");
        Assert.StartsWith("Question 5 of 8", fourth.Last.Text);
        var result = await FitCheckScript.RunAsync(after, "1", ["1", "1", "1"]);

        // Three 5s before the restart and five 1s after it: 3 of 8 equal-weight traits at the top.
        Assert.Contains("38%", result.Last.Text);
        Assert.Equal(["weak fit"], FitCheckScript.BandsNamed(result.Last.Text!));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
