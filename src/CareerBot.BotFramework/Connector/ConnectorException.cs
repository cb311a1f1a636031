using System.Net;

namespace CareerBot.BotFramework.Connector;

/// <summary>The channel refused or failed a connector call after all attempts.</summary>
public sealed class ConnectorException(HttpStatusCode statusCode, string method, string path)
    : Exception($"The channel answered {(int)statusCode} to {method} {path}.")
{
    public HttpStatusCode StatusCode { get; } = statusCode;
}
