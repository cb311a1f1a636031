using System.Text.Json.Serialization;
using CareerBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace CareerBot.DirectLine.Api;

/// <summary>The Direct Line error body: <c>{"error":{"code":"…","message":"…"}}</c>.</summary>
public sealed record DirectLineError([property: JsonPropertyName("error")] DirectLineErrorDetail Error)
{
    public static IResult Result(int statusCode, string code, string message) =>
        Results.Json(new DirectLineError(new DirectLineErrorDetail(code, message)), BotJson.Options, statusCode: statusCode);

    public static IResult BadArgument(string message) => Result(StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadArgument, message);

    public static IResult NotFound() =>
        Result(StatusCodes.Status404NotFound, DirectLineErrorCodes.NotFound, "The conversation does not exist or has expired; start a new one.");
}
