using System.Text;
using CareerBot.BotFramework.Tests.Fakes;

namespace CareerBot.BotFramework.Tests.Hosting;

public class AdapterBadInputTests
{
    private readonly RecordingConnector _connector = new();
    private readonly DelegateBot _bot = DelegateBot.Echo();

    [Theory]
    [InlineData("{\"type\":\"message\",", "BadRequest", "not valid activity JSON")]
    [InlineData("[1,2,3]", "BadRequest", "not valid activity JSON")]
    [InlineData("null", "BadRequest", "not a JSON activity object")]
    [InlineData("""{"conversation":{"id":"c"},"serviceUrl":"http://x"}""", "BadRequest", "'type'")]
    [InlineData("""{"type":"message","serviceUrl":"http://x"}""", "BadRequest", "'conversation.id'")]
    [InlineData("""{"type":"message","conversation":{},"serviceUrl":"http://x"}""", "BadRequest", "'conversation.id'")]
    [InlineData("""{"type":"message","conversation":{"id":"c"}}""", "BadRequest", "'serviceUrl'")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"serviceUrl":"file:///etc/passwd"}""", "BadRequest", "'serviceUrl'")]
    [InlineData("""{"type":5,"conversation":{"id":"c"},"serviceUrl":"http://x"}""", "BadRequest", "not valid activity JSON")]
    public async Task A_bad_body_gets_400_with_a_short_json_error_naming_the_problem(string body, string code, string message)
    {
        var exchange = await SendAsync(new HttpExchange(body));

        Assert.Equal(400, exchange.Status);
        Assert.Equal(code, (string?)exchange.ResponseJson!["error"]!["code"]);
        Assert.Contains(message, (string?)exchange.ResponseJson["error"]!["message"]);
        Assert.Equal(0, _bot.Turns);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task A_body_that_is_not_json_gets_415(string? contentType)
    {
        var exchange = await SendAsync(new HttpExchange(HttpExchange.Activity(), contentType));

        Assert.Equal(415, exchange.Status);
        Assert.Equal(0, _bot.Turns);
    }

    [Fact]
    public async Task Json_with_a_charset_is_accepted()
    {
        var exchange = await SendAsync(new HttpExchange(HttpExchange.Activity(), "application/json; charset=utf-8"));

        Assert.Equal(200, exchange.Status);
    }

    [Fact]
    public async Task A_body_over_256_kb_gets_413()
    {
        var padding = new string('x', 300 * 1024);
        var exchange = await SendAsync(new HttpExchange($$"""{"type":"message","pad":"{{padding}}"}"""));

        Assert.Equal(413, exchange.Status);
        Assert.Equal("PayloadTooLarge", (string?)exchange.ResponseJson!["error"]!["code"]);
    }

    [Fact]
    public async Task A_body_over_256_kb_without_a_content_length_gets_413()
    {
        var exchange = new HttpExchange(Encoding.UTF8.GetBytes(new string(' ', 300 * 1024) + "{}"));
        exchange.Context.Request.ContentLength = null;

        await SendAsync(exchange);

        Assert.Equal(413, exchange.Status);
    }

    [Fact]
    public async Task A_100000_character_text_gets_413_and_the_bot_never_runs()
    {
        var exchange = await SendAsync(new HttpExchange(HttpExchange.Activity(text: new string('a', 100_000))));

        Assert.Equal(413, exchange.Status);
        Assert.Contains("'text'", (string?)exchange.ResponseJson!["error"]!["message"]);
        Assert.Equal(0, _bot.Turns);
    }

    [Fact]
    public async Task A_bot_failure_without_error_middleware_is_a_500_with_a_json_error_not_a_crash()
    {
        var adapter = Adapters.Create(_connector);
        var exchange = new HttpExchange(HttpExchange.Activity());

        await adapter.ProcessAsync(exchange.Context.Request, exchange.Context.Response, new DelegateBot(_ => throw new InvalidOperationException("boom")));

        Assert.Equal(500, exchange.Status);
        Assert.Equal("InternalError", (string?)exchange.ResponseJson!["error"]!["code"]);
    }

    private async Task<HttpExchange> SendAsync(HttpExchange exchange)
    {
        await Adapters.Create(_connector).ProcessAsync(exchange.Context.Request, exchange.Context.Response, _bot);
        return exchange;
    }
}
