namespace CareerBot.BotFramework.Connector;

/// <summary>Builds Bot Connector paths; ids are percent-encoded because Teams ids contain ':', '|' and ';'.</summary>
internal static class ConnectorPaths
{
    public static string Activities(string? conversationId) =>
        $"v3/conversations/{Escape(conversationId, nameof(conversationId))}/activities";

    public static string Activity(string? conversationId, string? activityId) =>
        $"{Activities(conversationId)}/{Escape(activityId, nameof(activityId))}";

    /// <summary>Joins the serviceUrl (with or without a trailing slash or a base path) and the relative path.</summary>
    public static Uri Resolve(string? serviceUrl, string path)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl)
            || !Uri.TryCreate(serviceUrl.TrimEnd('/') + "/", UriKind.Absolute, out var baseUri)
            || baseUri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException("The activity has no usable serviceUrl.", nameof(serviceUrl));
        }

        return new Uri(baseUri, path);
    }

    private static string Escape(string? id, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(id, name);
        return Uri.EscapeDataString(id);
    }
}
