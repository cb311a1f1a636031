using System.Net.Http.Headers;
using CareerBot.Tests.DirectLine;

namespace CareerBot.Tests.WebChat;

public sealed class PageAssetTests
{
    [Fact]
    public async Task Web_chat_itself_is_served_compressed_to_browsers_that_accept_it()
    {
        await using var host = await ChatHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "webchat/lib/webchat.js");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        var response = await host.Http.SendAsync(request);

        response.EnsureSuccessStatusCode();
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        var compressed = (await response.Content.ReadAsByteArrayAsync()).Length;
        var plain = new FileInfo(Path.Combine(AppContext.BaseDirectory, "webchat", "lib", "webchat.js")).Length;
        Assert.True(compressed < plain / 2, $"{compressed} bytes compressed of {plain}");
    }

    [Fact]
    public async Task The_token_endpoint_answer_is_never_compressed()
    {
        await using var host = await ChatHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/webchat/token");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        var response = await host.Http.SendAsync(request);

        response.EnsureSuccessStatusCode();
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Browser_tabs_get_an_icon_instead_of_a_404()
    {
        await using var host = await ChatHost.StartAsync();

        var response = await host.Http.GetAsync("favicon.ico");

        response.EnsureSuccessStatusCode();
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(192, Teams.PngFile.Read(await response.Content.ReadAsByteArrayAsync()).Width);
    }
}
