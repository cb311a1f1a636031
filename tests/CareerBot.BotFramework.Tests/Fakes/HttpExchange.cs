using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CareerBot.BotFramework.Tests.Fakes;

/// <summary>An in-memory HTTP request/response pair for driving the adapter without a server.</summary>
internal sealed class HttpExchange
{
    public HttpExchange(string body, string? contentType = "application/json", string? authorization = null)
        : this(Encoding.UTF8.GetBytes(body), contentType, authorization)
    {
    }

    public HttpExchange(byte[] body, string? contentType = "application/json", string? authorization = null)
    {
        Context.Request.Method = HttpMethods.Post;
        Context.Request.ContentType = contentType;
        Context.Request.Body = new MemoryStream(body);
        Context.Request.ContentLength = body.Length;
        if (authorization is not null)
        {
            Context.Request.Headers.Authorization = authorization;
        }

        Context.Response.Body = new MemoryStream();
    }

    public DefaultHttpContext Context { get; } = new();

    public int Status => Context.Response.StatusCode;

    public string ResponseText => Encoding.UTF8.GetString(((MemoryStream)Context.Response.Body).ToArray());

    public JsonNode? ResponseJson => ResponseText.Length == 0 ? null : JsonNode.Parse(ResponseText);

    public static string Activity(string type = "message", string? text = "hello", string? deliveryMode = null,
        string conversationId = "a:conv|livechat", string serviceUrl = "http://127.0.0.1:4000", string channelId = "emulator")
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "act-1",
            ["channelId"] = channelId,
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Student" },
            ["recipient"] = new JsonObject { ["id"] = "careerbot", ["name"] = "CareerBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        if (deliveryMode is not null)
        {
            activity["deliveryMode"] = deliveryMode;
        }

        return activity.ToJsonString();
    }
}
