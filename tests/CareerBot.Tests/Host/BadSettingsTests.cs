using System.Diagnostics;
using CareerBot.Tests.WebChat;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.Host;

/// <summary>A bad setting stops the start with a message naming it, instead of a host that says ready and then fails requests.</summary>
public sealed class BadSettingsTests
{
    [Theory]
    [InlineData("DirectLine:TokenSigningKey", "too-short-key", "DirectLine:TokenSigningKey must be at least 32 characters (it has 13)")]
    [InlineData("DirectLine:TokenLifetimeMinutes", "0", "DirectLine:TokenLifetimeMinutes must be between 1 and 1440")]
    [InlineData("RateLimits:TokensPerClientPerMinute", "0", "RateLimits:TokensPerClientPerMinute must be at least 1")]
    [InlineData("Embed:AllowedOrigins:0", "www.example-school.ca", "Embed:AllowedOrigins: 'www.example-school.ca' is not an origin")]
    [InlineData("WebChat:Language", "english please", "WebChat:Language must be a language tag")]
    [InlineData("Counselling:BookingUrl", "javascript:alert(1)", "Counselling:BookingUrl must be an http or https address")]
    [InlineData("Counselling:Email", "counsellor at school", "Counselling:Email must be an e-mail address")]
    [InlineData("Counselling:Teams:ServiceUrl", "https://smba.trafficmanager.net/amer/", "Counselling:Teams:ServiceUrl and Teams:ConversationId go together")]
    [InlineData("Counselling:Teams:ServiceUrl", "smba.trafficmanager.net", "Counselling:Teams:ServiceUrl must be an http or https address")]
    [InlineData("Bot:TypingDelayMilliseconds", "-5", "Bot:TypingDelayMilliseconds must be between 0 and 60000")]
    [InlineData("Embed:AllowedOrigins:0", "javascript:alert(1); script-src *", "Embed:AllowedOrigins: 'javascript:alert(1); script-src *' is not an origin")]
    [InlineData("Host:Urls", "localhost:3978", "Host:Urls must be an http or https address")]
    [InlineData("Storage:Kind", "blob", "Storage:BlobConnectionString is required when Storage:Kind is blob.")]
    public async Task A_bad_setting_stops_the_start_and_names_the_setting(string key, string value, string message)
    {
        var settings = new Dictionary<string, string?> { [key] = value };

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var server = await CareerBotServer.StartAsync(settings);
        });

        Assert.Contains(failure.Failures, f => f.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_process_prints_what_is_wrong_and_exits_with_code_2()
    {
        var careerbot = Path.Combine(AppContext.BaseDirectory, "careerbot.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = CareerBotServer.RepositoryRoot() };
        start.ArgumentList.Add(careerbot);
        start.Environment["DirectLine__TokenSigningKey"] = "short";
        start.Environment["Host__Urls"] = "http://127.0.0.1:0";
        start.Environment["Storage__Kind"] = "memory";

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("CareerBot cannot start because of its settings", error, StringComparison.Ordinal);
        Assert.Contains("DirectLine:TokenSigningKey must be at least 32 characters (it has 5)", error, StringComparison.Ordinal);
    }
}
