using System.Net.Http.Headers;
using System.Text.Json;
using CareerBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace CareerBot.BotFramework.Connector;

/// <summary>
/// Sends replies to the channel's serviceUrl through a pooled HttpClient, with a bearer token when the bot has an app id,
/// retrying 429 and 5xx answers (honouring Retry-After) a bounded number of times.
/// </summary>
public sealed class ConnectorClient : IConnectorClient
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IAppCredentials _credentials;
    private readonly ConnectorOptions _options;
    private readonly ILogger<ConnectorClient> _logger;
    private readonly TimeProvider _time;

    public ConnectorClient(
        IHttpClientFactory httpClientFactory, IAppCredentials credentials, ConnectorOptions options,
        ILogger<ConnectorClient> logger, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClientFactory = httpClientFactory;
        _credentials = credentials;
        _options = options;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.ReplyToId))
        {
            return SendToConversationAsync(activity, cancellationToken);
        }

        var path = ConnectorPaths.Activity(activity.Conversation?.Id, activity.ReplyToId);
        return SendJsonAsync(HttpMethod.Post, activity.ServiceUrl, path, activity, cancellationToken);
    }

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var path = ConnectorPaths.Activities(activity.Conversation?.Id);
        return SendJsonAsync(HttpMethod.Post, activity.ServiceUrl, path, activity, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var path = ConnectorPaths.Activity(activity.Conversation?.Id, activity.Id);
        return SendJsonAsync(HttpMethod.Put, activity.ServiceUrl, path, activity, cancellationToken);
    }

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        var path = ConnectorPaths.Activity(conversationId, activityId);
        using var response = await SendAsync(HttpMethod.Delete, serviceUrl, path, content: null, cancellationToken);
    }

    private async Task<ResourceResponse> SendJsonAsync(
        HttpMethod method, string? serviceUrl, string path, Activity activity, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options);
        using var response = await SendAsync(method, serviceUrl, path, body, cancellationToken);
        return await ReadResourceResponseAsync(response, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string? serviceUrl, string path, byte[]? content, CancellationToken cancellationToken)
    {
        var uri = ConnectorPaths.Resolve(serviceUrl, path);
        var client = _httpClientFactory.CreateClient(ConnectorOptions.HttpClientName);
        var token = await _credentials.GetTokenAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri);
            if (content is not null)
            {
                request.Content = new ByteArrayContent(content);
                request.Content.Headers.ContentType = JsonContentType;
            }

            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            var response = await client.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            var delay = attempt < _options.MaxAttempts && RetryDelay.IsRetryable(response.StatusCode)
                ? RetryDelay.For(response, attempt, _options, _time.GetUtcNow())
                : null;
            var status = response.StatusCode;
            response.Dispose();
            if (delay is null)
            {
                throw new ConnectorException(status, method.Method, path);
            }

            _logger.LogWarning("Channel answered {Status} to {Method}; retry {Attempt} in {DelayMs} ms",
                (int)status, method.Method, attempt, (int)delay.Value.TotalMilliseconds);
            await Task.Delay(delay.Value, _time, cancellationToken);
        }
    }

    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length == 0)
        {
            return new ResourceResponse(null);
        }

        try
        {
            return JsonSerializer.Deserialize<ResourceResponse>(bytes, BotJson.Options) ?? new ResourceResponse(null);
        }
        catch (JsonException)
        {
            // A channel that accepted the activity but answered something odd has still delivered it.
            return new ResourceResponse(null);
        }
    }
}
