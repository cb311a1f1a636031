using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.BotFramework.Tests.Storage;
using CareerBot.Tests.WebChat;
using Microsoft.Playwright;

namespace CareerBot.Browser.Tests;

/// <summary>The chat page while its server restarts on the default embedded storage (SQLite): the page finds its
/// conversation again, with its history and its half-done fit check.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class RestartPageTests(BrowserFixture fixture) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-page-restart-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task After_a_restart_the_open_page_and_a_reload_go_on_with_the_same_fit_check()
    {
        // The same address before and after, as a real server has: the page's session belongs to its origin.
        var settings = new Dictionary<string, string?>
        {
            ["Host:Urls"] = $"http://127.0.0.1:{FreePorts.Next().ToString(CultureInfo.InvariantCulture)}",
            ["Storage:Kind"] = "Sqlite",
            ["Storage:SqlitePath"] = Path.Combine(_folder, "careerbot.db"),
        };
        var (server, context, chat) = await OpenChatAsync(settings);
        await chat.AskAsync("Am I a good fit for IT service manager?");
        await chat.WaitForBotAsync(new Regex("suits you"));
        await chat.AskAsync("4");
        await chat.WaitForBotAsync(Question(2));

        await server.DisposeAsync();
        server = await CareerBotServer.StartAsync(settings);
        try
        {
            // The open page reconnects by itself and the fit check goes on.
            await chat.AskAsync("4");
            await chat.WaitForBotAsync(Question(3));

            // A reload resumes the same conversation: the whole history, no second welcome, and the next question.
            await chat.Page.ReloadAsync();
            await chat.WaitForBotAsync(Question(3));
            var history = await chat.BotMessages.AllInnerTextsAsync();
            Assert.Single(history, t => t.StartsWith("Let’s see how well", StringComparison.Ordinal));
            Assert.Single(history, t => Question(2).IsMatch(t));
            Assert.Single(history, t => t.StartsWith("Hi, I’m CareerBot", StringComparison.Ordinal));
            Assert.DoesNotContain("conversation has ended", await chat.Page.Locator("#chat-status").InnerTextAsync(), StringComparison.Ordinal);
            await chat.AskAsync("2");
            await chat.WaitForBotAsync(Question(4));
        }
        finally
        {
            await context.DisposeAsync();
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_conversation_the_server_no_longer_knows_starts_anew_and_the_page_says_so()
    {
        // Memory storage: a restart forgets everything, as when a conversation expired.
        var settings = new Dictionary<string, string?>
        {
            ["Host:Urls"] = $"http://127.0.0.1:{FreePorts.Next().ToString(CultureInfo.InvariantCulture)}",
            ["DirectLine:TokenSigningKey"] = "the-same-key-before-and-after-0123456789",
        };
        var (server, context, chat) = await OpenChatAsync(settings);
        await chat.AskAsync("What does an IT service manager do?");
        await chat.WaitForBotAsync(new Regex("Sources"));

        await server.DisposeAsync();
        server = await CareerBotServer.StartAsync(settings);
        try
        {
            await chat.Page.ReloadAsync();

            await Assertions.Expect(chat.Page.Locator("#chat-status")).ToHaveTextAsync("Your earlier conversation has ended, so this is a new one.");
            await chat.WaitForBotAsync(new Regex("career", RegexOptions.IgnoreCase));
            Assert.Equal(0, await chat.UserMessages.CountAsync());
        }
        finally
        {
            await context.DisposeAsync();
            await server.DisposeAsync();
        }
    }

    /// <summary>A server with these settings and a browser page on it that has shown the bot's welcome.</summary>
    private async Task<(CareerBotServer Server, IBrowserContext Context, ChatPage Chat)> OpenChatAsync(Dictionary<string, string?> settings)
    {
        var server = await CareerBotServer.StartAsync(settings);
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString() });
        context.SetDefaultTimeout(30_000);
        var chat = new ChatPage(await context.NewPageAsync());
        await chat.Page.GotoAsync("/");
        await chat.WaitForBotAsync(new Regex("career", RegexOptions.IgnoreCase));
        return (server, context, chat);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static Regex Question(int n) => new($"Question {n} of 8");
}
