using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;
using CareerBot.BotFramework.Turns;

namespace CareerBot.Tests.Host;

/// <summary>
/// A bot whose state the test can see: each message adds one to a conversation counter and one to a user counter and
/// answers "turn N, user turn M". "slow" waits before answering (to race turns); "boom" throws. Other types are ignored.
/// </summary>
public sealed class CountingBot : IBot
{
    private readonly IStatePropertyAccessor<Counter> _conversation;
    private readonly IStatePropertyAccessor<Counter> _user;

    public CountingBot(ConversationState conversationState, UserState userState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(userState);
        _conversation = conversationState.CreateProperty<Counter>("counter");
        _user = userState.CreateProperty<Counter>("counter");
    }

    public static string Reply(int conversationTurn, int userTurn) => $"turn {conversationTurn}, user turn {userTurn}";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return;
        }

        var conversation = await _conversation.GetAsync(turnContext, () => new Counter(), cancellationToken) ?? new Counter();
        var user = await _user.GetAsync(turnContext, () => new Counter(), cancellationToken) ?? new Counter();
        conversation.Count++;
        user.Count++;
        switch (turnContext.Activity.Text)
        {
            case "slow":
                await Task.Delay(100, cancellationToken);
                break;
            case "boom":
                throw new InvalidOperationException("the counting bot broke");
        }

        await turnContext.SendActivityAsync(Reply(conversation.Count, user.Count), cancellationToken: cancellationToken);
    }

    public sealed class Counter
    {
        public int Count { get; set; }
    }
}
