using CareerBot.BotFramework.State;
using CareerBot.BotFramework.Storage;
using CareerBot.BotFramework.Turns;

namespace CareerBot.BotFramework.Tests.State;

/// <summary>A turn that loses a storage race runs again on fresh state; only the kept run's replies leave, after its save.</summary>
public sealed class AutoSaveRetryTests
{
    private const string ConversationKey = "test/conversations/conversation-1";
    private const string UserKey = "test/users/user-1";

    private readonly MemoryStorage _storage = new();
    private readonly TestAdapter _adapter = new();
    private readonly ConversationState _conversation;
    private readonly UserState _user;
    private readonly IStatePropertyAccessor<int> _count;
    private readonly IStatePropertyAccessor<int> _userCount;

    public AutoSaveRetryTests()
    {
        _conversation = new ConversationState(_storage);
        _user = new UserState(_storage);
        _count = _conversation.CreateProperty<int>("count");
        _userCount = _user.CreateProperty<int>("count");
        _adapter.Use(new AutoSaveStateMiddleware(_conversation, _user));
    }

    [Fact]
    public async Task A_turn_that_loses_the_race_is_run_again_and_only_its_second_reply_is_sent()
    {
        await _adapter.ProcessAsync(TestAdapter.Message("hi"), CountAsync);
        var runs = 0;

        await _adapter.ProcessAsync(TestAdapter.Message("hi"), async (turn, ct) =>
        {
            runs++;
            if (runs == 1)
            {
                // Another host saves this conversation while the turn runs: the turn's write will conflict.
                await _adapter.ProcessAsync(TestAdapter.Message("meanwhile"), CountAsync, ct);
            }

            await CountAsync(turn, ct);
        });

        Assert.Equal(2, runs);
        Assert.Equal(["count 1", "count 2", "count 3"], _adapter.Sent.Select(a => a.Text));
    }

    [Fact]
    public async Task Conversation_and_user_state_of_one_turn_are_saved_together_or_not_at_all()
    {
        await _adapter.ProcessAsync(TestAdapter.Message("hi"), CountAsync);
        var before = await _storage.ReadAsync([ConversationKey, UserKey]);

        // The student's user document is changed elsewhere during every run: each save conflicts on it.
        var failed = await Record.ExceptionAsync(() => _adapter.ProcessAsync(TestAdapter.Message("hi"), async (turn, ct) =>
        {
            await CountAsync(turn, ct);
            await _storage.WriteAsync(new Dictionary<string, StoreItem> { [UserKey] = new StoreItem(before[UserKey].Document, "*") }, ct);
        }));

        Assert.IsType<StorageConflictException>(failed);
        var after = await _storage.ReadAsync([ConversationKey]);
        Assert.Equal(before[ConversationKey].ETag, after[ConversationKey].ETag);
        Assert.Equal(["count 1"], _adapter.Sent.Select(a => a.Text));
    }

    private async Task CountAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var count = await _count.GetAsync(turn, () => 0, cancellationToken) + 1;
        await _count.SetAsync(turn, count, cancellationToken);
        await _userCount.SetAsync(turn, await _userCount.GetAsync(turn, () => 0, cancellationToken) + 1, cancellationToken);
        await turn.SendActivityAsync($"count {count}", cancellationToken: cancellationToken);
    }
}
