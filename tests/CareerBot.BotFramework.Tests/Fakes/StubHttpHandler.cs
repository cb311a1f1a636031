using System.Net;

namespace CareerBot.BotFramework.Tests.Fakes;

/// <summary>A local fake endpoint: records every request (with its raw path and body) and answers from a script.</summary>
internal sealed class StubHttpHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, int, HttpResponseMessage> _answer;

    public StubHttpHandler(Func<HttpRequestMessage, int, HttpResponseMessage>? answer = null) =>
        _answer = answer ?? ((_, _) => Json(HttpStatusCode.OK, """{"id":"reply-1"}"""));

    public List<RecordedRequest> Requests { get; } = [];

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        int index;
        lock (Requests)
        {
            Requests.Add(new RecordedRequest(
                request.Method, request.RequestUri!.AbsolutePath, request.RequestUri.AbsoluteUri,
                request.Headers.Authorization?.ToString(), request.Content?.Headers.ContentType?.MediaType, body));
            index = Requests.Count;
        }

        return _answer(request, index);
    }
}

internal sealed record RecordedRequest(
    HttpMethod Method, string RawPath, string Url, string? Authorization, string? ContentType, string? Body);
