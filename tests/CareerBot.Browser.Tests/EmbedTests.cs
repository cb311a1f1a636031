using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareerBot.Browser.Tests;

/// <summary>The one-line embed (embed.js): a launcher button and a chat panel on a school's page.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EmbedTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_sample_school_page_opens_the_chat_from_the_launcher_and_the_student_gets_answers()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/embed-demo.html");

        var launcher = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Ask about careers" });
        await launcher.ClickAsync();

        await Assertions.Expect(launcher).ToHaveAttributeAsync("aria-expanded", "true");
        var chat = new ChatPage(page, page.FrameLocator("#careerbot-frame"));
        await chat.WaitForBotAsync(Career());
        await chat.AskAsync("How much do IT service managers make?");
        await chat.WaitForBotAsync(SourcesLine());
    }

    [Fact]
    public async Task Closing_the_panel_gives_the_focus_back_to_the_launcher()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/embed-demo.html");
        var launcher = page.Locator("#careerbot-launcher");
        await launcher.ClickAsync();

        await page.Locator("#careerbot-close").ClickAsync();

        await Assertions.Expect(page.Locator("#careerbot-panel")).ToBeHiddenAsync();
        await Assertions.Expect(launcher).ToBeFocusedAsync();
        await Assertions.Expect(launcher).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task Escape_in_the_chat_closes_the_panel()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/embed-demo.html");
        await page.Locator("#careerbot-launcher").ClickAsync();
        var sendBox = page.FrameLocator("#careerbot-frame").Locator("[data-id='webchat-sendbox-input']");
        await sendBox.ClickAsync();

        await sendBox.PressAsync("Escape");

        await Assertions.Expect(page.Locator("#careerbot-panel")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#careerbot-launcher")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_school_site_in_the_allowed_origins_can_embed_the_chat()
    {
        var page = await SchoolPageAsync(BrowserFixture.AllowedSchool);

        await page.Locator("#careerbot-launcher").ClickAsync();
        var opened = DateTime.UtcNow;

        var chat = new ChatPage(page, page.FrameLocator("#careerbot-frame"));
        await chat.WaitForBotAsync(Career());

        // embed.js gives the frame 10 s to say it loaded before it would replace it with a note: it must stay.
        var pastDeadline = TimeSpan.FromSeconds(11) - (DateTime.UtcNow - opened);
        if (pastDeadline > TimeSpan.Zero)
        {
            await page.WaitForTimeoutAsync((float)pastDeadline.TotalMilliseconds);
        }

        await Assertions.Expect(page.Locator("#careerbot-unavailable")).ToHaveCountAsync(0);
        await chat.AskAsync("How much do IT service managers make?");
        await chat.WaitForBotAsync(SourcesLine());
    }

    [Fact]
    public async Task A_site_not_in_the_allowed_origins_cannot_frame_the_chat()
    {
        var page = await SchoolPageAsync("http://not-a-school.localhost");
        var blocked = page.WaitForResponseAsync(r => r.Url.Contains("/?embed=1", StringComparison.Ordinal));

        await page.Locator("#careerbot-launcher").ClickAsync();

        // The server answers, but its frame-ancestors policy makes the browser refuse to show the page in the frame.
        var response = await blocked;
        Assert.Contains("frame-ancestors 'self' " + BrowserFixture.AllowedSchool, await response.HeaderValueAsync("content-security-policy"));
        await Assertions.Expect(page.FrameLocator("#careerbot-frame").Locator("[data-id='webchat-sendbox-input']")).ToHaveCountAsync(0);
        var frame = page.Frames.Single(f => f != page.MainFrame);
        await Assertions.Expect(page.Locator("#careerbot-frame")).ToBeAttachedAsync();
        Assert.DoesNotContain("/?embed=1", frame.Url, StringComparison.Ordinal);

        // The student is not left with the browser's error page in the panel.
        await Assertions.Expect(page.Locator("#careerbot-unavailable"))
            .ToHaveTextAsync("The career chat is not available here right now. Please try again later.", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("#careerbot-frame")).ToHaveCountAsync(0);
    }

    /// <summary>A school's page at <paramref name="origin"/>, served by the browser itself (no traffic leaves the machine),
    /// carrying the one-line embed pointing at CareerBot. The *.localhost names keep Chromium's private-network rules
    /// out of the way, as a real school site and a public CareerBot host would.</summary>
    private async Task<IPage> SchoolPageAsync(string origin)
    {
        var page = await fixture.NewPageAsync();
        var script = new Uri(fixture.Server.Address, "embed.js");
        await page.RouteAsync(origin + "/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = $"<!doctype html><html lang=\"en\"><title>School</title><h1>Counselling</h1>" +
                $"<script src=\"{script}\" data-title=\"Ask about careers\" data-color=\"#7a1f5c\" async></script></html>",
        }));
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        page.PageError += (_, error) => console.Add(error);
        page.RequestFailed += (_, request) => console.Add(request.Url + " " + request.Failure);
        await page.GotoAsync(origin + "/counselling.html");
        try
        {
            await page.Locator("#careerbot-launcher").WaitForAsync();
        }
        catch (TimeoutException)
        {
            Assert.Fail("the launcher did not appear on " + origin + "; the browser said: " + string.Join(" | ", console));
        }

        return page;
    }

    [GeneratedRegex("career", RegexOptions.IgnoreCase)]
    private static partial Regex Career();

    [GeneratedRegex("Sources:")]
    private static partial Regex SourcesLine();
}
