using CareerBot.Tests.Advisor.Infrastructure;

namespace CareerBot.Tests.Advisor;

/// <summary>
/// The fit checks of Data/fitchecks.json, each driven through POST /api/messages with expectReplies: the start message,
/// then every answer replying to the question just asked; the final reply must name the expected band, and only it.
/// </summary>
[Collection(AdvisorCollection.Name)]
public sealed class FitCheckConversationTests(AdvisorHost host)
{
    public static TheoryData<int> Conversations => new(Enumerable.Range(0, FitCheckConversation.Load().Count));

    [Fact]
    public void There_are_at_least_thirty_scripted_fit_checks_covering_every_band()
    {
        var all = FitCheckConversation.Load();

        Assert.True(all.Count >= 30, $"only {all.Count} conversations");
        Assert.Equal(FitCheckScript.BandPhrases.Order(), all.Select(c => c.Band).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Conversations))]
    public async Task A_scripted_fit_check_ends_naming_its_expected_band(int index)
    {
        var conversation = FitCheckConversation.Load()[index];
        var chat = host.StartConversation();
        var locale = conversation.Locale ?? "en-US";

        var replies = await chat.SendAsync(conversation.Start, locale);
        foreach (var answer in conversation.Answers)
        {
            Assert.EndsWith("?", replies.Last.Text);
            replies = await chat.SendAsync(answer, locale);
            Assert.DoesNotContain("didn't catch", replies.Text, StringComparison.Ordinal);
        }

        Assert.Equal([conversation.Band], FitCheckScript.BandsNamed(replies.Last.Text!));
    }
}
