using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Turns;

namespace CareerBot.BotFramework.Tests.State;

/// <summary>Runs turns through the real middleware pipeline and <see cref="TurnContext"/>, collecting what the bot sends.</summary>
public sealed class TestAdapter : BotAdapter
{
    private readonly List<Activity> _sent = [];

    public IReadOnlyList<Activity> Sent
    {
        get
        {
            lock (_sent)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>Runs one turn for <paramref name="activity"/> and returns its context (its TurnState shows what the turn cached).</summary>
    public async Task<ITurnContext> ProcessAsync(Activity activity, BotCallbackHandler bot, CancellationToken cancellationToken = default)
    {
        var turnContext = new TurnContext(this, activity);
        await RunPipelineAsync(turnContext, bot, cancellationToken);
        return turnContext;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        lock (_sent)
        {
            _sent.AddRange(activities);
            return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());
        }
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse(activity.Id));

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>A message from <paramref name="user"/> in <paramref name="conversation"/> on the "test" channel.</summary>
    public static Activity Message(string text, string conversation = "conversation-1", string user = "user-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "test",
        ServiceUrl = "http://127.0.0.1:1/",
        From = new ChannelAccount(user, "Student"),
        Recipient = new ChannelAccount("bot", "CareerBot"),
        Conversation = new ConversationAccount(conversation),
        Text = text,
    };
}
