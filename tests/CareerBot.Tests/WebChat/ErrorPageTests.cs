using System.Net;
using System.Net.Http.Headers;
using CareerBot.Tests.DirectLine;

namespace CareerBot.Tests.WebChat;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task A_wrong_link_in_the_browser_shows_a_plain_page_with_a_way_back_to_the_chat()
    {
        await using var host = await ChatHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "careers/nursing");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("This page does not exist.", page);
        Assert.Contains("<a href=\"/\">Back to the chat</a>", page);
    }

    [Fact]
    public async Task An_api_error_stays_json_for_the_client_to_handle()
    {
        await using var host = await ChatHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "v3/directline/conversations/nope/activities");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await host.Http.SendAsync(request);

        Assert.Equal("MissingAuthorization", await response.ErrorCodeAsync(HttpStatusCode.Unauthorized));
    }
}
