using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareerBot.Browser.Tests;

/// <summary>What a student does with Web Chat: type in the send box, read the bot's bubbles, press suggested-action buttons.
/// Works on the page itself or inside the embed panel's iframe.</summary>
public sealed class ChatPage(IPage page, IFrameLocator? frame = null)
{
    private const string SendBox = "[data-id='webchat-sendbox-input']";
    private const string BotBubbles = ".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content";
    private const string UserBubbles = ".webchat__bubble--from-user .webchat__bubble__content";

    public IPage Page => page;

    public ILocator Locate(string selector) => frame is null ? page.Locator(selector) : frame.Locator(selector);

    public ILocator BotMessages => Locate(BotBubbles);
    public ILocator UserMessages => Locate(UserBubbles);

    public async Task AskAsync(string text)
    {
        var box = Locate(SendBox);
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    /// <summary>Waits for a bot bubble matching the pattern and returns its text.</summary>
    public async Task<string> WaitForBotAsync(Regex pattern)
    {
        var bubble = BotMessages.Filter(new LocatorFilterOptions { HasTextRegex = pattern }).Last;
        await bubble.WaitForAsync();
        return await bubble.InnerTextAsync();
    }

    /// <summary>The most recent suggested action (or card button) with exactly this title.</summary>
    public ILocator Button(string title) =>
        Locate(".webchat__suggested-action, .ac-pushButton")
            .Filter(new LocatorFilterOptions { HasTextRegex = new Regex("^\\s*" + Regex.Escape(title) + "\\s*$") })
            .Last;

    public Task<int> BotMessageCountAsync() => BotMessages.CountAsync();
}
