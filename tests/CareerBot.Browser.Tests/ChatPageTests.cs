using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareerBot.Browser.Tests;

/// <summary>The chat page at / with the real bot, as a student uses it in a browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ChatPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Opening_the_page_shows_the_bots_welcome()
    {
        var chat = new ChatPage(await fixture.NewPageAsync());

        await chat.Page.GotoAsync("/");

        var welcome = await chat.WaitForBotAsync(Career());
        Assert.Contains("career", welcome, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("CareerBot", await chat.Page.TitleAsync());
    }

    [Fact]
    public async Task A_salary_question_gets_an_answer_with_its_source()
    {
        var chat = new ChatPage(await fixture.NewPageAsync());
        await chat.Page.GotoAsync("/");
        await chat.WaitForBotAsync(Career());

        await chat.AskAsync("How much do IT service managers make?");

        var answer = await chat.WaitForBotAsync(SourcesLine());
        Assert.Matches(Money(), answer);
        Assert.Contains("Wage and Salary Survey", answer);
    }

    [Fact]
    public async Task A_reload_shows_the_conversation_so_far_and_it_goes_on()
    {
        var chat = new ChatPage(await fixture.NewPageAsync());
        await chat.Page.GotoAsync("/");
        await chat.WaitForBotAsync(Career());
        await chat.AskAsync("What does an IT service manager do?");
        await chat.WaitForBotAsync(SourcesLine());

        await chat.Page.ReloadAsync();

        await chat.UserMessages.Filter(new LocatorFilterOptions { HasText = "What does an IT service manager do?" }).WaitForAsync();
        await chat.WaitForBotAsync(SourcesLine());
        // The conversation goes on where it was: "they" still means IT service managers.
        await chat.AskAsync("How much do they earn?");
        var salary = await chat.WaitForBotAsync(Money());
        Assert.Contains("IT Service Manager", salary, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_fit_check_can_be_finished_with_the_buttons_alone()
    {
        var chat = new ChatPage(await fixture.NewPageAsync());
        await chat.Page.GotoAsync("/");
        await chat.WaitForBotAsync(Career());

        await chat.AskAsync("Am I a good fit for IT service manager?");

        // Each trait question offers 1-5 buttons; pressing "4" every time must lead to exactly one result.
        var result = chat.BotMessages.Filter(new LocatorFilterOptions { HasTextRegex = FitResult() });
        for (var answered = 0; answered < 15; answered++)
        {
            var four = chat.Button("4");
            await result.Or(four).First.WaitForAsync();
            if (await result.CountAsync() > 0)
            {
                // The result (its text and its card) names one band, and the same one throughout.
                var texts = await result.AllInnerTextsAsync();
                Assert.Single(texts.SelectMany(t => FitResult().Matches(t)).Select(m => m.Value.ToLowerInvariant()).Distinct());
                return;
            }

            var before = await chat.BotMessageCountAsync();
            await four.ClickAsync();
            await Assertions.Expect(chat.BotMessages).Not.ToHaveCountAsync(before);
        }

        Assert.Fail("the fit check did not end with a result after 15 answers");
    }

    [Fact]
    public async Task The_send_box_has_the_focus_so_a_keyboard_user_can_type_at_once()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await Assertions.Expect(page.Locator("[data-id='webchat-sendbox-input']")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("What does an IT service manager do?");
        await page.Keyboard.PressAsync("Enter");
        await new ChatPage(page).WaitForBotAsync(SourcesLine());
    }

    [GeneratedRegex("career", RegexOptions.IgnoreCase)]
    private static partial Regex Career();

    [GeneratedRegex("Sources:")]
    private static partial Regex SourcesLine();

    [GeneratedRegex(@"\$\s?\d{2,3},\d{3}|\d{2,3},\d{3}")]
    private static partial Regex Money();

    [GeneratedRegex("strong fit|moderate fit|weak fit", RegexOptions.IgnoreCase)]
    private static partial Regex FitResult();
}
