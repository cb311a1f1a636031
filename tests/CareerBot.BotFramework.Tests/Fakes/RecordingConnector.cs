using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Tests.Fakes;

/// <summary>A connector that records what the adapter would have sent to the channel.</summary>
internal sealed class RecordingConnector : IConnectorClient
{
    public List<Activity> Sent { get; } = [];
    public List<string> Calls { get; } = [];

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        Record("reply", activity);

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default) =>
        Record("send", activity);

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        Record("update", activity);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        lock (Sent)
        {
            Calls.Add($"delete {conversationId} {activityId}");
        }

        return Task.CompletedTask;
    }

    private Task<ResourceResponse> Record(string call, Activity activity)
    {
        lock (Sent)
        {
            Calls.Add(call);
            Sent.Add(activity);
        }

        return Task.FromResult(new ResourceResponse($"sent-{Sent.Count}"));
    }
}
