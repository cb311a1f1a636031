using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerBot.Tests.Counselling;

/// <summary>
/// Sign-in to the console with OpenID Connect (as with Microsoft Entra ID), against a stand-in provider: the code flow
/// with PKCE signs a counsellor in, and an account of the same tenant without the counsellor role (a student) is refused.
/// </summary>
public sealed partial class ConsoleEntraSignInTests : IAsyncLifetime
{
    private IdentityProviderStandIn provider = null!;
    private ConsoleHost host = null!;

    public async Task InitializeAsync()
    {
        provider = await IdentityProviderStandIn.StartAsync();
        host = new ConsoleHost(new Dictionary<string, string?>
        {
            ["Counselling:AccessKey"] = "", // Entra ID only
            ["Counselling:OpenIdConnect:Authority"] = provider.Authority,
            ["Counselling:OpenIdConnect:ClientId"] = IdentityProviderStandIn.ClientId,
            ["Counselling:OpenIdConnect:ClientSecret"] = "stand-in-client-secret",
        });
    }

    public async Task DisposeAsync()
    {
        host.Dispose();
        await provider.DisposeAsync();
    }

    [Fact]
    public async Task A_counsellor_signs_in_with_the_code_flow_and_PKCE_and_reaches_the_console()
    {
        var browser = Browser();
        var signInPage = await browser.GetStringAsync("counsellor/sign-in");
        Assert.Contains("<a href=\"/counsellor/sign-in/entra\">Sign in with Microsoft</a>", signInPage);
        Assert.DoesNotContain("School access key", signInPage);

        var back = await SignInAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("/counsellor", back.Headers.Location!.OriginalString);
        Assert.Equal("code", provider.LastAuthorize["response_type"]);
        Assert.Equal(IdentityProviderStandIn.ClientId, provider.LastAuthorize["client_id"]);
        Assert.Equal("S256", provider.LastAuthorize["code_challenge_method"]);
        Assert.Equal("openid profile", provider.LastAuthorize["scope"]);
        Assert.Equal("https://localhost/counsellor/signin-oidc", provider.LastAuthorize["redirect_uri"]);
        Assert.Equal(0, provider.RefusedVerifiers);
        using var overview = await browser.GetAsync("counsellor");
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains("<h1>Overview</h1>", await overview.Content.ReadAsStringAsync());
        using var inbox = await browser.GetAsync("counsellor/inbox");
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        // Online through the inbox, the counsellor takes a student's request under their own name.
        await host.Bot.StartConversation().SendAsync("can i talk to a counsellor?");
        var handoff = Assert.Single(await host.Handoffs.ListAsync(CancellationToken.None));
        Assert.Contains("name=\"name\" maxlength=\"60\" value=\"Ms Tremblay\"", await browser.GetStringAsync($"counsellor/handoffs/{Uri.EscapeDataString(handoff.Id)}"));
        var cookie = Assert.Single(back.Headers.GetValues("Set-Cookie"), c => c.StartsWith("careerbot.counsellor=", StringComparison.Ordinal));
        Assert.Contains("path=/counsellor", cookie);
        Assert.Contains("secure", cookie);
        Assert.Contains("samesite=strict", cookie);
        Assert.Contains("httponly", cookie);
    }

    [Fact]
    public async Task An_account_of_the_tenant_without_the_counsellor_role_is_refused_and_sees_nothing()
    {
        provider.NextUser = new StandInUser("s-20931", "Sam Student", []);
        var browser = Browser();

        var back = await SignInAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("/counsellor/sign-in?refused=role", back.Headers.Location!.OriginalString);
        Assert.DoesNotContain(back.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("careerbot.counsellor=", StringComparison.Ordinal));
        using var refused = await browser.GetAsync("counsellor/sign-in?refused=role");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("it needs CareerBot&#39;s &quot;Counsellor&quot; role", await refused.Content.ReadAsStringAsync());
        using var overview = await browser.GetAsync("counsellor");
        Assert.Equal(HttpStatusCode.Redirect, overview.StatusCode);
        Assert.StartsWith("/counsellor/sign-in", overview.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_code_posted_back_to_another_browser_than_the_one_that_started_the_sign_in_is_refused()
    {
        var started = Browser();
        using var start = await started.GetAsync("counsellor/sign-in/entra");
        var (action, fields) = await ProviderFormAsync(start.Headers.Location!);

        // The correlation and nonce cookies are in the first browser only: someone else's code must not sign this one in.
        var other = Browser();
        using var back = await other.PostAsync(action, new FormUrlEncodedContent(fields));

        Assert.Equal("/counsellor/sign-in?refused=failed", back.Headers.Location!.OriginalString);
        using var overview = await other.GetAsync("counsellor");
        Assert.Equal(HttpStatusCode.Redirect, overview.StatusCode);
    }

    /// <summary>A browser at the console's https address, keeping cookies, not following redirects.</summary>
    private HttpClient Browser() => host.Bot.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost/"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>"Sign in with Microsoft", the provider's sign-in, and the code posted back to the console.</summary>
    private async Task<HttpResponseMessage> SignInAsync(HttpClient browser)
    {
        using var start = await browser.GetAsync("counsellor/sign-in/entra");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.StartsWith(provider.Authority + "/authorize?", start.Headers.Location!.OriginalString);
        var (action, fields) = await ProviderFormAsync(start.Headers.Location!);
        Assert.Equal("https://localhost/counsellor/signin-oidc", action);
        return await browser.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    private static async Task<(string Action, KeyValuePair<string, string>[] Fields)> ProviderFormAsync(Uri authorize)
    {
        using var atProvider = new HttpClient();
        var html = await atProvider.GetStringAsync(authorize);
        var action = FormAction().Match(html).Groups[1].Value;
        var fields = HiddenInput().Matches(html).Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).ToArray();
        return (action, fields);
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\">")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();
}
