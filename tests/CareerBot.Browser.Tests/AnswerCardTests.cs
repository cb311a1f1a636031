using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareerBot.Browser.Tests;

/// <summary>An answer card's "Show more" in Web Chat: a disclosure button that says what it will do and whether the
/// rest is open, in the answer's language, handled on the page (Web Chat has no handler for Action.ToggleVisibility).</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AnswerCardTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("How do I become an IT service manager?", "Show more", "Show less", "Keep growing your career")]
    [InlineData("Comment devenir gestionnaire des services TI ?", "Afficher la suite", "Afficher moins", "Continue de faire progresser ta carrière")]
    public async Task Show_more_opens_the_rest_reads_show_less_while_open_says_so_to_screen_readers_and_logs_no_error(
        string question, string more, string less, string hiddenText)
    {
        var chat = new ChatPage(await fixture.NewPageAsync());
        var errors = new List<string>();
        chat.Page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add(message.Text);
            }
        };
        await chat.Page.GotoAsync("/");
        await chat.WaitForBotAsync(Career());

        await chat.AskAsync(question);
        await chat.Button(more).WaitForAsync();
        var card = chat.BotMessages.Last;
        var toggle = card.Locator("button.ac-pushButton[aria-controls]");
        var rest = card.GetByText(hiddenText, new LocatorGetByTextOptions { Exact = false });

        await Assertions.Expect(toggle).ToHaveTextAsync(more);
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(rest).ToBeHiddenAsync();

        await toggle.ClickAsync();

        await Assertions.Expect(rest).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToHaveTextAsync(less);
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(toggle).ToHaveAccessibleNameAsync(less);
        await Assertions.Expect(toggle).Not.ToHaveAttributeAsync("aria-pressed", new Regex("."));
        await card.ScreenshotAsync(new LocatorScreenshotOptions { Path = Screenshots.PathFor($"answer-card-open-{less.Replace(' ', '-')}.png") });

        await toggle.PressAsync("Enter"); // a keyboard user closes it again

        await Assertions.Expect(rest).ToBeHiddenAsync();
        await Assertions.Expect(toggle).ToHaveTextAsync(more);
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(toggle).ToBeFocusedAsync();
        Assert.DoesNotContain(errors, e => e.Contains("unknown action", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(1, await chat.UserMessages.CountAsync()); // the toggle sent nothing to the bot
    }

    [GeneratedRegex("career", RegexOptions.IgnoreCase)]
    private static partial Regex Career();
}
