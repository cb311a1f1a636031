using System.Net;
using CareerBot.Counselling.Insights;
using CareerBot.Tests.Advisor.Infrastructure;

namespace CareerBot.Tests.Counselling;

/// <summary>Two hosts on one SQLite store: one sign-in works on both, and both hosts' counts add up in one console.</summary>
public sealed class ConsoleTwoHostsTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"careerbot-console-{Guid.NewGuid():N}.db");
    private readonly ConsoleHost _first;
    private readonly ConsoleHost _second;

    public ConsoleTwoHostsTests()
    {
        _first = new ConsoleHost(sqlitePath: _database);
        _second = new ConsoleHost(sqlitePath: _database);
    }

    [Fact]
    public async Task A_counsellor_signed_in_on_one_host_reads_both_hosts_counts_on_the_other()
    {
        await _first.Bot.StartChat(StudentPath.DirectLine).SendAsync("what does an IT manager do?");
        await _second.Bot.StartChat(StudentPath.DirectLine).SendAsync("how much does a youtuber make?");
        await Task.WhenAll(_first.FlushAsync(), _second.FlushAsync());
        var cookie = await CookieFromFirstHostAsync();

        using var second = _second.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "counsellor?days=7");
        request.Headers.Add("Cookie", cookie);
        using var response = await second.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var overview = await response.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"muted\">Conversations</span><b>2</b>", overview);
        Assert.Contains("<span class=\"muted\">Unanswered</span><b>1</b>", overview);
        var today = InsightStore.DayOf(DateTimeOffset.UtcNow);
        Assert.Equal(2, (await _second.Store.DaysAsync(today, today, CancellationToken.None)).Single().Counts.Questions);

        // The cookie's sealing keys live in the shared store (not in a folder of one machine), so any host can read it.
        var storage = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<CareerBot.BotFramework.Storage.IStorage>(_second.Bot.Services);
        Assert.NotEmpty(await storage.ListKeysAsync(CareerBot.Counselling.Console.StoredDataProtectionKeys.Prefix));
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_database) + "*"))
        {
            File.Delete(file);
        }
    }

    /// <summary>The console cookie the first host set, as a browser would send it to whichever host the balancer picks.</summary>
    private async Task<string> CookieFromFirstHostAsync()
    {
        using var signIn = await _first.Anonymous().PostAsync("counsellor/sign-in", new FormUrlEncodedContent([new("key", ConsoleHost.AccessKey)]));
        return signIn.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
    }
}
