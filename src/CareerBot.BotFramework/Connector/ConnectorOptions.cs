namespace CareerBot.BotFramework.Connector;

/// <summary>How hard the connector client tries to deliver a reply.</summary>
public sealed class ConnectorOptions
{
    /// <summary>The name of the IHttpClientFactory client (pooled, keep-alive connections).</summary>
    public const string HttpClientName = "BotConnector";

    /// <summary>Attempts per call, the first included; retries happen on 429 and 5xx only.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Delay before the first retry when the channel sends no Retry-After; doubles each time.</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>A longer Retry-After than this is not waited for: the call fails instead of holding the turn.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);
}
