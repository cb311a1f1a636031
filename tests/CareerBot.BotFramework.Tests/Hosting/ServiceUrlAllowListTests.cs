using CareerBot.BotFramework.Hosting;

namespace CareerBot.BotFramework.Tests.Hosting;

/// <summary>Without a verified token, replies may go to loopback and to the configured origins only.</summary>
public sealed class ServiceUrlAllowListTests
{
    private readonly BotFrameworkHttpOptions _options = new() { AllowedServiceUrls = ["https://channel.example.org"] };

    [Theory]
    [InlineData("http://127.0.0.1:1/", true)]
    [InlineData("http://localhost:3978/", true)]
    [InlineData("http://[::1]:8080/api", true)]
    [InlineData("https://channel.example.org/v3/", true)]
    [InlineData("https://CHANNEL.example.org", true)]
    [InlineData("https://channel.example.org:8443/", false)]
    [InlineData("http://channel.example.org/", false)]
    [InlineData("https://attacker.example/", false)]
    [InlineData("https://channel.example.org.attacker.example/", false)]
    [InlineData("not a url", false)]
    public void Only_loopback_and_the_listed_origins_are_allowed(string serviceUrl, bool allowed)
    {
        Assert.Equal(allowed, _options.IsAllowedWithoutToken(serviceUrl));
    }
}
