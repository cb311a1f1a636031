using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace CareerBot.BotFramework.Hosting;

/// <summary>A short JSON error answer: {"error":{"code":"…","message":"…"}}.</summary>
internal sealed record HttpError(int Status, string Code, string Message)
{
    public static HttpError BadRequest(string message) => new(StatusCodes.Status400BadRequest, "BadRequest", message);

    public static HttpError TooLarge(string message) => new(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", message);

    public async Task WriteAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = Status;
        response.ContentType = "application/json; charset=utf-8";
        var body = JsonSerializer.SerializeToUtf8Bytes(new { error = new { code = Code, message = Message } });
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellationToken);
    }
}
