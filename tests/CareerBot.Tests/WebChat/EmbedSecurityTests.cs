using System.Net;
using CareerBot.Tests.DirectLine;

namespace CareerBot.Tests.WebChat;

/// <summary>Only the school sites named in Embed:AllowedOrigins may frame the chat or call its endpoints from their pages.</summary>
public sealed class EmbedSecurityTests
{
    private const string School = "https://www.maple-ridge-school.ca";
    private const string Stranger = "https://evil.example";

    private static readonly Dictionary<string, string?> AllowSchool = new()
    {
        ["Embed:AllowedOrigins:0"] = School,
    };

    [Fact]
    public async Task The_page_may_be_framed_only_by_itself_and_the_allowed_school_sites()
    {
        await using var host = await ChatHost.StartAsync(AllowSchool);

        var response = await host.Http.GetAsync("?embed=1");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.EndsWith($"frame-ancestors 'self' {School}", policy);
    }

    [Fact]
    public async Task An_allowed_school_site_passes_the_cors_preflight_for_the_token_endpoint()
    {
        await using var host = await ChatHost.StartAsync(AllowSchool);

        var response = await PreflightAsync(host, School, "api/webchat/token");

        Assert.Equal(School, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Another_site_gets_no_cors_permission_and_cannot_start_a_conversation()
    {
        await using var host = await ChatHost.StartAsync(AllowSchool);

        var preflight = await PreflightAsync(host, Stranger, "v3/directline/conversations");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/webchat/token");
        request.Headers.Add("Origin", Stranger);
        var token = await host.Http.SendAsync(request);

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal("OriginNotAllowed", await token.ErrorCodeAsync(HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task The_embed_script_can_be_loaded_by_any_page()
    {
        await using var host = await ChatHost.StartAsync(AllowSchool);

        var response = await host.Http.GetAsync("embed.js");

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("cross-origin", response.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
        Assert.Contains("careerbot-launcher", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_sample_school_page_carries_the_one_line_embed()
    {
        await using var host = await ChatHost.StartAsync();

        var page = await host.Http.GetStringAsync("embed-demo.html");

        Assert.Matches("<script src=\"/embed.js\" data-title=\"[^\"]+\" data-color=\"#[0-9a-f]{6}\" async></script>", page);
    }

    private static async Task<HttpResponseMessage> PreflightAsync(ChatHost host, string origin, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return await host.Http.SendAsync(request);
    }
}
