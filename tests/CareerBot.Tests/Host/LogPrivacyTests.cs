namespace CareerBot.Tests.Host;

/// <summary>Students' words never reach the logs, whatever happens to their message.</summary>
public sealed class LogPrivacyTests
{
    private const string Secret = "my-secret-phrase-about-my-health";

    [Fact]
    public async Task Message_text_never_appears_in_the_logs_of_good_failed_or_rejected_turns()
    {
        await using var host = await BotHost.StartAsync(null);

        await host.SayAsync("privacy", $"{Secret} what does a nurse do?");
        await host.SayAsync("privacy", "boom");
        using var malformed = new StringContent($$"""{"type":"message","text":"{{Secret}}" """, System.Text.Encoding.UTF8, "application/json");
        (await host.Http.PostAsync("api/messages", malformed)).Dispose();
        var tooLong = Activities.Message("privacy", Secret + new string('x', 40_000));
        (await host.Http.PostAsync("api/messages", new StringContent(tooLong.ToJsonString(), System.Text.Encoding.UTF8, "application/json"))).Dispose();
        var noService = Activities.Message("privacy", Secret);
        noService.Remove("serviceUrl");
        (await host.Http.PostAsync("api/messages", new StringContent(noService.ToJsonString(), System.Text.Encoding.UTF8, "application/json"))).Dispose();

        var lines = host.Logs.Lines.ToArray();
        Assert.Contains(lines, l => l.Contains("InvalidOperationException", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("boom", StringComparison.Ordinal));
    }
}
