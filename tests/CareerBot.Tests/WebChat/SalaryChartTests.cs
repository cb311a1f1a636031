using System.Net;
using CareerBot.Tests.DirectLine;

namespace CareerBot.Tests.WebChat;

/// <summary>The salary range picture the web chat's cards show: drawn from the figures in its address, cacheable.</summary>
public sealed class SalaryChartTests
{
    [Fact]
    public async Task A_range_is_drawn_as_a_png_that_caches_may_keep()
    {
        await using var host = await ChatHost.StartAsync();

        var response = await host.Http.GetAsync("charts/salary-range.png?low=75207&median=124343&high=201532");

        response.EnsureSuccessStatusCode();
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=86400", response.Headers.CacheControl?.ToString());
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }

    [Theory]
    [InlineData("low=200&median=100&high=300")]
    [InlineData("low=-1&median=100&high=300")]
    [InlineData("low=1&median=2&high=99999999999")]
    [InlineData("low=abc")]
    [InlineData("")]
    public async Task Figures_that_are_not_a_range_get_a_clear_400(string query)
    {
        await using var host = await ChatHost.StartAsync();

        var response = await host.Http.GetAsync("charts/salary-range.png?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
