using System.Text.Json;
using CareerBot.Tests.Advisor.Infrastructure;

namespace CareerBot.Tests.Teams;

/// <summary>Teams fetches card images itself, over https: the salary range picture points at the address Teams posted to.</summary>
[Collection(AdvisorCollection.Name)]
public sealed class TeamsSalaryPictureTests(AdvisorHost host)
{
    private const string Question = "how much do IT managers make in BC?";

    [Fact]
    public async Task A_salary_card_in_teams_shows_the_range_picture_from_the_bots_https_address_with_alt_text()
    {
        var replies = await host.StartConversationOverHttps("msteams").SendAsync(Question);

        // The guide's own 2024 figures, beside the catalogue's newer 2025 ones: one picture each, newest first.
        Assert.Equal(2, Pictures(replies).Count());
        var picture = Pictures(replies).Single(p => p.GetProperty("url").GetString()!.Contains("median=124343", StringComparison.Ordinal));
        Assert.Equal("https://careerbot.example-school.ca/charts/salary-range.png?low=75207&median=124343&high=201532",
            picture.GetProperty("url").GetString());
        Assert.Contains("median $124,343", picture.GetProperty("altText").GetString());
    }

    [Fact]
    public async Task A_channel_that_reached_the_bot_over_plain_http_gets_the_figures_without_a_picture()
    {
        var replies = await host.StartConversation(channelId: "msteams").SendAsync(Question);

        Assert.Empty(Pictures(replies));
        Assert.Contains("$124,343", replies.Last.Text);
    }

    private static IEnumerable<JsonElement> Pictures(BotReplies replies) =>
        replies.Cards(FitCheckScript.ScaleAdaptiveCard)
            .SelectMany(card => Descendants(card))
            .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.GetString() == "Image");

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children.ToList())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
