using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Connector;

/// <summary>The Bot Connector REST calls a bot makes to a channel's serviceUrl.</summary>
public interface IConnectorClient
{
    /// <summary>POST /v3/conversations/{conversationId}/activities/{replyToId}; without a replyToId, SendToConversation.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>POST /v3/conversations/{conversationId}/activities.</summary>
    Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>PUT /v3/conversations/{conversationId}/activities/{activity.Id}.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>DELETE /v3/conversations/{conversationId}/activities/{activityId}.</summary>
    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default);
}
