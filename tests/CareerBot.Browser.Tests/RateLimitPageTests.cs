using CareerBot.Tests.WebChat;
using Microsoft.Playwright;

namespace CareerBot.Browser.Tests;

/// <summary>What a student sees when the server turns them away.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RateLimitPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_student_over_the_rate_limit_reads_a_plain_message_instead_of_an_error()
    {
        await using var busy = await CareerBotServer.StartAsync(new Dictionary<string, string?> { ["RateLimits:TokensPerClientPerMinute"] = "1" });
        var first = await fixture.NewPageAsync();
        await first.GotoAsync(busy.Address.ToString());
        await new ChatPage(first).WaitForBotAsync(new("career", System.Text.RegularExpressions.RegexOptions.IgnoreCase));

        var second = await fixture.NewPageAsync();
        await second.GotoAsync(busy.Address.ToString());

        await Assertions.Expect(second.Locator("#chat-status")).ToHaveTextAsync("Lots of students are chatting right now. Please wait a minute and reload the page.");
    }
}
