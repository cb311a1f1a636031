using System.Text.RegularExpressions;
using CareerBot.Tests.WebChat;
using Microsoft.Playwright;

namespace CareerBot.Browser.Tests;

/// <summary>A school that sets its page to French (WebChat:Language = fr-CA) gets the whole page in French: the page's
/// own welcome line and starter buttons, its labels, and the bot's welcome card, which follows the conversation's start.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FrenchPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_french_page_greets_offers_starters_and_gets_the_bots_welcome_in_french()
    {
        await using var server = await CareerBotServer.StartAsync(new Dictionary<string, string?> { ["WebChat:Language"] = "fr-CA" });
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        try
        {
            context.SetDefaultTimeout(30_000);
            var chat = new ChatPage(await context.NewPageAsync());
            await chat.Page.GotoAsync("/");

            await chat.WaitForBotAsync(new Regex("Salut, je suis CareerBot"));
            await Assertions.Expect(chat.Page.Locator("#chat-welcome")).ToContainTextAsync("n'importe quel métier");
            await Assertions.Expect(chat.Page.Locator(".chat-starters")).ToHaveAttributeAsync("aria-label", "Questions suggérées");
            await Assertions.Expect(chat.Page.Locator(".chat-starter").First).ToHaveTextAsync("Que fait une infirmière autorisée ?");
            await Assertions.Expect(chat.Page.Locator(".skip-link")).ToHaveTextAsync("Aller à la conversation");
            await chat.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("french-page-welcome.png") });
            Assert.DoesNotContain("What does", await chat.BotMessages.Last.InnerTextAsync(), StringComparison.Ordinal);

            await chat.Page.Locator(".chat-starter").First.ClickAsync();
            await chat.WaitForBotAsync(new Regex("Infirmier autorisé — Tâches"));
        }
        finally
        {
            await context.DisposeAsync();
        }
    }
}
