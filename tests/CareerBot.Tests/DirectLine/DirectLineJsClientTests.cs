namespace CareerBot.Tests.DirectLine;

/// <summary>The real Direct Line client from npm (botframework-directlinejs, as Web Chat uses it) against our endpoint.</summary>
public sealed class DirectLineJsClientTests
{
    [Fact]
    public async Task The_npm_client_starts_posts_receives_refreshes_its_token_and_resumes_at_its_watermark()
    {
        await using var host = await ChatHost.StartAsync();

        var (exitCode, output) = await NodeScript.RunAsync("directline", "driver.js", TimeSpan.FromSeconds(90), host.Address.ToString(), ChatHost.Secret);

        Assert.True(exitCode == 0, output);
        Assert.Contains($"welcome=\"{EchoBot.Welcome}\"", output);
        Assert.Contains("REPLY \"You said: hello from directlinejs", output);
        Assert.Contains("REFRESHED token works", output);
        Assert.Contains("first activity \"while away\"", output);
        Assert.EndsWith("OK", output.TrimEnd());
    }
}
