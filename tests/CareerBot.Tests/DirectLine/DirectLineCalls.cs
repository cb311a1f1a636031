using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CareerBot.Tests.DirectLine;

/// <summary>Plain HTTP calls to the Direct Line endpoints, as any client would make them.</summary>
public static class DirectLineCalls
{
    public static async Task<HttpResponseMessage> SendAsync(this HttpClient http, HttpMethod method, string path, string? credential, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<string> ErrorCodeAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.JsonAsync(expected);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("error").GetProperty("message").GetString()));
        return body.GetProperty("error").GetProperty("code").GetString()!;
    }

    /// <summary>Generates a token with the secret and starts its conversation; returns (conversationId, token).</summary>
    public static async Task<(string ConversationId, string Token)> StartConversationAsync(this HttpClient http)
    {
        var generated = await (await http.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", ChatHost.Secret)).JsonAsync();
        var token = generated.GetProperty("token").GetString()!;
        var started = await (await http.SendAsync(HttpMethod.Post, "v3/directline/conversations", token)).JsonAsync(HttpStatusCode.Created);
        return (started.GetProperty("conversationId").GetString()!, started.GetProperty("token").GetString()!);
    }

    public static Task<HttpResponseMessage> PostMessageAsync(this HttpClient http, string conversationId, string token, string text) =>
        http.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token,
            JsonSerializer.Serialize(new { type = "message", text, from = new { id = "someone-else" } }));

    public static async Task<JsonElement> GetActivitiesAsync(this HttpClient http, string conversationId, string token, string? watermark = null) =>
        await (await http.SendAsync(HttpMethod.Get,
            $"v3/directline/conversations/{conversationId}/activities{(watermark is null ? "" : "?watermark=" + watermark)}", token)).JsonAsync();

    public static string[] Texts(this JsonElement activitySet) =>
        [.. activitySet.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()!)];
}
