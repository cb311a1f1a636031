using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareerBot.Browser.Tests;

/// <summary>The chat on a 390×844 phone, on its own page and in the school's embedded panel, and what a screen reader
/// hears for an answer. Each test also saves a screenshot under bin/screenshots for a person to look at.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PhoneLayoutTests(BrowserFixture fixture)
{
    private const int Width = 390;
    private const int Height = 844;

    [Fact]
    public async Task On_a_phone_the_conversation_fills_most_of_the_page_after_the_first_answer_and_the_welcome_shows_once()
    {
        var chat = new ChatPage(await fixture.NewPageAsync(Width, Height));
        await chat.Page.GotoAsync("/");
        await chat.WaitForBotAsync(Career());
        await Assertions.Expect(chat.Page.Locator(".chat-starters")).ToBeVisibleAsync();

        await chat.AskAsync("How do I become an IT service manager?");
        await chat.WaitForBotAsync(new Regex("Steps"));
        await chat.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("phone-page-answer.png") });

        await Assertions.Expect(chat.Page.Locator(".chat-starters")).ToBeHiddenAsync();
        await Assertions.Expect(chat.Page.Locator("#chat-welcome")).ToBeHiddenAsync();
        var transcript = await chat.Page.Locator(".chat-transcript").BoundingBoxAsync();
        Assert.True(transcript!.Height >= 0.55 * Height, $"the conversation has {transcript.Height} of {Height} px");
        var greetings = await chat.BotMessages.Filter(new LocatorFilterOptions { HasTextRegex = new Regex("Hi, I.m CareerBot") }).AllInnerTextsAsync();
        Assert.Single(Regex.Matches(Assert.Single(greetings), "Hi, I.m CareerBot"));
    }

    [Fact]
    public async Task Long_button_titles_wrap_instead_of_being_cut()
    {
        var chat = new ChatPage(await fixture.NewPageAsync(Width, Height));
        await chat.Page.GotoAsync("/");
        await chat.WaitForBotAsync(Career());

        await chat.AskAsync("What does a computer service technician do?");
        var button = chat.Button("How much does a Computer Service Technician earn?");
        await button.WaitForAsync();

        var cut = await button.EvaluateAsync<bool>("b => [b, ...b.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 1)");
        Assert.False(cut, "the button's title is cut");
        var box = await button.BoundingBoxAsync();
        Assert.True(box!.X + box.Width <= Width, $"the button reaches {box.X + box.Width} px on a {Width} px screen");
    }

    [Fact]
    public async Task In_the_embedded_panel_on_a_phone_the_conversation_takes_the_screen()
    {
        var page = await fixture.NewPageAsync(Width, Height);
        await page.GotoAsync("/embed-demo.html");
        await page.Locator("#careerbot-launcher").ClickAsync();
        var chat = new ChatPage(page, page.FrameLocator("#careerbot-frame"));
        await chat.WaitForBotAsync(Career());

        await chat.AskAsync("What does an IT service manager do?");
        await chat.WaitForBotAsync(new Regex("Duties"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("phone-embed-answer.png") });

        var frame = await page.Locator("#careerbot-frame").BoundingBoxAsync();
        Assert.True(frame!.Height >= 0.45 * Height, $"the conversation has {frame.Height} of {Height} px");
    }

    [Fact]
    public async Task A_screen_reader_hears_the_answer_not_one_attachment()
    {
        var chat = new ChatPage(await fixture.NewPageAsync());
        await chat.Page.GotoAsync("/");
        await chat.WaitForBotAsync(Career());

        await chat.AskAsync("What does an IT service manager do?");
        await chat.WaitForBotAsync(new Regex("Duties"));

        var heard = await chat.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.webchat__basic-transcript [aria-labelledby]')].map(e => " +
            "e.getAttribute('aria-labelledby').split(' ').map(id => (document.getElementById(id) || {}).textContent || '').join(' '))");
        Assert.Contains(heard, h => h.Contains("IT Service Manager — Duties", StringComparison.Ordinal));
        Assert.DoesNotContain(heard, h => h.Contains("said: 1 attachment", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Width, Height, "phone")]
    [InlineData(1280, 800, "desktop")]
    public async Task A_new_answer_is_shown_from_its_start_not_scrolled_to_its_sources(int width, int height, string device)
    {
        var chat = new ChatPage(await fixture.NewPageAsync(width, height));
        await chat.Page.GotoAsync("/");
        await chat.WaitForBotAsync(Career());
        await chat.AskAsync("What does an IT service manager do?");
        await chat.WaitForBotAsync(new Regex("Duties"));

        // The second answer is longer than a phone's screen.
        await chat.AskAsync("How do I become an IT service manager?");
        var answer = chat.BotMessages.Filter(new LocatorFilterOptions { HasTextRegex = new Regex("IT Service Manager — Steps") }).Last;
        await answer.WaitForAsync();
        await chat.Button("Fit check for IT Service Manager").WaitForAsync(); // the follow-up buttons come last
        await chat.Page.WaitForTimeoutAsync(1500); // Web Chat scrolls smoothly: let it settle
        await chat.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot($"{device}-new-answer.png") });

        var transcript = await chat.Page.Locator(".webchat__basic-transcript__scrollable").BoundingBoxAsync();
        var heading = await answer.GetByRole(AriaRole.Heading).First.BoundingBoxAsync();
        Assert.True(heading!.Y >= transcript!.Y && heading.Y + heading.Height <= transcript.Y + transcript.Height,
            $"the answer's heading is at {heading.Y} px, outside the conversation's view from {transcript.Y} to {transcript.Y + transcript.Height} px");
    }

    private static string Screenshot(string name) => Screenshots.PathFor(name);

    [GeneratedRegex("career", RegexOptions.IgnoreCase)]
    private static partial Regex Career();
}
