using System.Net;

namespace CareerBot.Tests.Counselling;

/// <summary>Nothing of the console or its data is reachable without signing in; the key is checked and rate limited.</summary>
public sealed class ConsoleSignInTests : IDisposable
{
    private readonly ConsoleHost host = new();

    [Theory]
    [InlineData("counsellor")]
    [InlineData("counsellor/questions")]
    [InlineData("counsellor/questions?all=1")]
    [InlineData("counsellor/knowledge")]
    [InlineData("counsellor/export.csv")]
    public async Task Without_signing_in_every_console_page_sends_to_sign_in_and_shows_no_data(string page)
    {
        using var response = await host.Anonymous().GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/counsellor/sign-in", response.Headers.Location!.ToString());
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Marking_a_question_handled_without_signing_in_is_refused()
    {
        using var response = await host.Anonymous().PostAsync("counsellor/questions/handled?id=2026-01-01/1", null);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/counsellor/sign-in", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_wrong_key_gets_a_clear_401_page_and_no_cookie()
    {
        var client = host.Anonymous();

        using var response = await client.PostAsync("counsellor/sign-in", new FormUrlEncodedContent([new("key", "not-the-school-key-at-all")]));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("That key is not right.", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("Set-Cookie"));
        using var after = await client.GetAsync("counsellor");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task The_right_key_signs_in_with_an_http_only_same_site_strict_cookie_for_the_console_only()
    {
        var client = host.Anonymous();

        using var response = await client.PostAsync("counsellor/sign-in", new FormUrlEncodedContent([new("key", ConsoleHost.AccessKey)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("careerbot.counsellor=", cookie);
        Assert.Contains("path=/counsellor", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie.Replace("samesite", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
        using var overview = await client.GetAsync("counsellor");
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains("<h1>Overview</h1>", await overview.Content.ReadAsStringAsync());
        Assert.Contains("default-src 'none'", overview.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Over_https_the_cookie_is_secure()
    {
        var client = host.Bot.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://localhost/"),
        });

        using var response = await client.PostAsync("counsellor/sign-in", new FormUrlEncodedContent([new("key", ConsoleHost.AccessKey)]));

        Assert.Contains("; secure", Assert.Single(response.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Guessing_the_key_is_stopped_after_five_tries_a_minute()
    {
        var client = host.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            using var response = await client.PostAsync("counsellor/sign-in", new FormUrlEncodedContent([new("key", $"guess-number-{i}-of-many")]));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), statuses.Take(5));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[5]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[6]);
    }

    [Fact]
    public async Task A_sign_in_posted_from_another_site_is_refused()
    {
        var client = host.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Post, "counsellor/sign-in")
        {
            Content = new FormUrlEncodedContent([new("key", ConsoleHost.AccessKey)]),
        };
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await host.SignedInAsync();

        using var signOut = await client.PostAsync("counsellor/sign-out", null);
        using var after = await client.GetAsync("counsellor");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    public void Dispose() => host.Dispose();
}
