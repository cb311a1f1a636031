using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareerBot.Browser.Tests;

/// <summary>
/// Questions about jobs without a hand-written guide, asked in the web chat as a student would, at desktop (1280×800)
/// and phone (390×844) size: the answer comes from the official catalogue, says where a figure is missing, fits the
/// screen, and the page says where its data comes from. Screenshots go to bin/screenshots for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EveryOccupationTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280, 800, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task A_salary_in_a_province_with_no_official_figure_is_said_so_and_fits_the_screen(int width, int height, string size)
    {
        var chat = new ChatPage(await fixture.NewPageAsync(width, height));
        await chat.Page.GotoAsync("/");
        await chat.WaitForBotAsync(AnyJob());

        await chat.AskAsync("how much do electricians make in ontario");
        var answer = await chat.WaitForBotAsync(NoOntarioFigure());
        await chat.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor($"occupation-salary-ontario-{size}.png") });
        var card = chat.BotMessages.Last;
        await card.ScreenshotAsync(new LocatorScreenshotOptions { Path = Screenshots.PathFor($"occupation-salary-ontario-{size}-card.png") });
        var cardHeight = (await card.BoundingBoxAsync())!.Height;
        Assert.True(cardHeight <= 2.5 * height, $"the answer card is {cardHeight} px tall on a {height} px screen");

        Assert.Contains("British Columbia", answer, StringComparison.Ordinal);
        var scroll = await chat.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scroll <= width, $"the page scrolls sideways: {scroll} px on a {width} px screen");
    }

    [Fact]
    public async Task A_french_question_about_a_trade_is_answered_in_french_from_the_catalogue()
    {
        var chat = new ChatPage(await fixture.NewPageAsync(390, 844));
        await chat.Page.GotoAsync("/");
        await chat.WaitForBotAsync(AnyJob());

        await chat.AskAsync("c'est quoi les études pour devenir plombier");
        var answer = await chat.WaitForBotAsync(FrenchEducation());
        await chat.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("occupation-french-plumber-phone.png") });

        Assert.Contains("Plombier", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("What ", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_that_fits_several_jobs_offers_them_as_buttons_and_a_tap_answers_one()
    {
        var chat = new ChatPage(await fixture.NewPageAsync(1280, 800));
        await chat.Page.GotoAsync("/");
        await chat.WaitForBotAsync(AnyJob());

        await chat.AskAsync("how much do engineers make");
        await chat.WaitForBotAsync(WhichOne());
        await chat.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("occupation-which-one-desktop.png") });
        var civil = chat.Button("How much does a Civil Engineer earn?");
        await civil.ClickAsync();

        await chat.WaitForBotAsync(CivilEngineerSalary());
    }

    [Fact]
    public async Task The_page_says_where_the_data_comes_from_with_the_licence_notices()
    {
        var page = await fixture.NewPageAsync(1280, 800);
        await page.GotoAsync("/");

        var about = page.Locator(".chat-about");
        await about.Locator("summary").ClickAsync();
        var text = await about.InnerTextAsync();
        Assert.Contains("O*NET 29.3 Database", text, StringComparison.Ordinal);
        Assert.Contains("CareerBot has modified all or some of this information", text, StringComparison.Ordinal);
        Assert.Contains("Open Government Licence – Canada", text, StringComparison.Ordinal);
        Assert.Contains("U.S. Bureau of Labor Statistics", text, StringComparison.Ordinal);
    }

    [GeneratedRegex("any job", RegexOptions.IgnoreCase)]
    private static partial Regex AnyJob();

    [GeneratedRegex("I don.t have a salary figure for Electrician in Ontario")]
    private static partial Regex NoOntarioFigure();

    [GeneratedRegex("Formation")]
    private static partial Regex FrenchEducation();

    [GeneratedRegex("Which one do you mean")]
    private static partial Regex WhichOne();

    [GeneratedRegex("Salary figures for Civil Engineer")]
    private static partial Regex CivilEngineerSalary();
}
