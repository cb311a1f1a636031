using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareerBot.Browser.Tests.ScaleOut;

/// <summary>A student in a real web chat served by three hosts in turn; the host holding the chat's stream dies mid fit check.</summary>
public sealed partial class ScaleOutChatTests(ScaleOutCluster cluster) : IClassFixture<ScaleOutCluster>
{
    [Fact]
    public async Task A_fit_check_spread_over_three_hosts_finishes_after_the_streaming_host_is_killed_and_nothing_is_lost()
    {
        var chat = new ChatPage(await cluster.NewPageAsync());
        await chat.Page.GotoAsync("/");
        await chat.WaitForBotAsync(new Regex("career", RegexOptions.IgnoreCase));

        await chat.AskAsync("Am I a good fit for IT service manager?");
        await chat.WaitForBotAsync(Question(1));
        for (var question = 1; question <= 3; question++)
        {
            await chat.AskAsync("4");
            await chat.WaitForBotAsync(Question(question + 1));
        }

        // The page's requests went round the hosts; its stream is on one of them.
        var served = cluster.Balancer.Served;
        Assert.True(served.Select(s => s.Host).Distinct().Count() == 3, Describe(served));
        var streaming = served.Last(s => s.Path.EndsWith("/stream", StringComparison.Ordinal)).Host;
        Assert.Contains(served, s => s.Path.EndsWith("/activities", StringComparison.Ordinal) && s.Host != streaming);

        await cluster.Hosts[streaming].KillAsync();
        await chat.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("scale-out-before-kill.png") });

        for (var question = 4; question <= 8; question++)
        {
            await chat.AskAsync(question % 2 == 0 ? "3" : "5");
            await chat.WaitForBotAsync(question < 8 ? Question(question + 1) : FitResult());
        }

        var result = await chat.WaitForBotAsync(FitResult());
        Assert.DoesNotMatch(Apology(), string.Join("\n", await chat.BotMessages.AllInnerTextsAsync()));
        Assert.True(served.Count < cluster.Balancer.Served.Count);
        var reconnected = cluster.Balancer.Served.Skip(served.Count).Where(s => s.Path.EndsWith("/stream", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reconnected);
        Assert.DoesNotContain(reconnected, s => s.Host == streaming);
        await chat.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("scale-out-result.png") });

        // Nothing lost: a reload on the surviving hosts shows the whole fit check, every question once, and its result.
        await chat.Page.ReloadAsync();
        await chat.WaitForBotAsync(FitResult());
        var history = await chat.BotMessages.AllInnerTextsAsync();
        for (var question = 1; question <= 8; question++)
        {
            Assert.Single(history, t => Question(question).IsMatch(t));
        }

        Assert.Equal(8, await chat.UserMessages.CountAsync() - 1);
        Assert.Contains(FitResult().Match(result).Value, string.Join("\n", history), StringComparison.OrdinalIgnoreCase);
    }

    private static Regex Question(int n) => new($"Question {n} of 8");

    private static string Describe(IReadOnlyList<(string Path, int Host)> served) =>
        string.Join(", ", served.Select(s => $"{s.Host}:{s.Path}"));

    private static string Screenshot(string name) => Screenshots.PathFor(name);

    [GeneratedRegex("(strong|moderate|weak) fit", RegexOptions.IgnoreCase)]
    private static partial Regex FitResult();

    [GeneratedRegex("something went wrong|sorry, i ran into", RegexOptions.IgnoreCase)]
    private static partial Regex Apology();
}
