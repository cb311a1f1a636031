using System.Net;
using CareerBot.Counselling.Insights;
using CareerBot.Tests.Advisor.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Counselling;

/// <summary>A CareerBot host with the counsellors' console on (a local access key), and ways to reach it as staff.</summary>
public sealed class ConsoleHost : IDisposable
{
    public const string AccessKey = "console-tests-access-key-0123";

    public ConsoleHost(IReadOnlyDictionary<string, string?>? settings = null, string? sqlitePath = null)
    {
        var all = new Dictionary<string, string?> { ["Counselling:AccessKey"] = AccessKey };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Bot = AdvisorHost.WithSettings(all, sqlitePath);
    }

    public AdvisorHost Bot { get; }

    public InsightStore Store => Bot.Services.GetRequiredService<InsightStore>();

    public CareerBot.Counselling.Handoff.HandoffStore Handoffs => Bot.Services.GetRequiredService<CareerBot.Counselling.Handoff.HandoffStore>();

    /// <summary>Saves what the bot recorded (the host does so every 2 seconds by itself).</summary>
    public Task FlushAsync() => Bot.Services.GetRequiredService<InsightRecorder>().FlushAsync();

    /// <summary>A browser-like client that keeps cookies and does not follow redirects.</summary>
    public HttpClient Anonymous() => Bot.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in with the access key.</summary>
    public async Task<HttpClient> SignedInAsync()
    {
        var client = Anonymous();
        using var response = await client.PostAsync("counsellor/sign-in", new FormUrlEncodedContent([new("key", AccessKey)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public void Dispose() => Bot.Dispose();
}
