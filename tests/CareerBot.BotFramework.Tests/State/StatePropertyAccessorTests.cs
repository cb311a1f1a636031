using System.Text.Json.Nodes;
using CareerBot.BotFramework.State;
using CareerBot.BotFramework.Storage;
using CareerBot.BotFramework.Turns;

namespace CareerBot.BotFramework.Tests.State;

public sealed class StatePropertyAccessorTests
{
    private readonly MemoryStorage _storage = new();
    private readonly TestAdapter _adapter = new();
    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<int> _count;
    private readonly IStatePropertyAccessor<Profile> _profile;

    public StatePropertyAccessorTests()
    {
        _conversationState = new ConversationState(_storage);
        _count = _conversationState.CreateProperty<int>("count");
        _profile = _conversationState.CreateProperty<Profile>("profile");
        _adapter.Use(new AutoSaveStateMiddleware(_conversationState));
    }

    [Fact]
    public async Task A_value_set_in_one_turn_is_there_in_the_next()
    {
        await TurnAsync(async (turn, ct) => await _count.SetAsync(turn, 41, ct));

        int seen = 0;
        await TurnAsync(async (turn, ct) => seen = await _count.GetAsync(turn, cancellationToken: ct));

        Assert.Equal(41, seen);
    }

    [Fact]
    public async Task A_missing_value_gets_the_default_and_the_default_is_saved()
    {
        List<string>? careersInFirstTurn = null;
        await TurnAsync(async (turn, ct) => careersInFirstTurn = (await _profile.GetAsync(turn, () => new Profile { Name = "new" }, ct))!.Careers);

        string? nameInSecondTurn = null;
        await TurnAsync(async (turn, ct) => nameInSecondTurn = (await _profile.GetAsync(turn, cancellationToken: ct))?.Name);

        Assert.Empty(careersInFirstTurn!);
        Assert.Equal("new", nameInSecondTurn);
    }

    [Fact]
    public async Task A_missing_value_without_a_default_factory_is_absent_and_nothing_is_written()
    {
        Profile? seen = new();
        await TurnAsync(async (turn, ct) => seen = await _profile.GetAsync(turn, cancellationToken: ct));

        Assert.Null(seen);
        Assert.Empty(await _storage.ReadAsync(["test/conversations/conversation-1"]));
    }

    [Fact]
    public async Task Changing_the_returned_object_in_place_is_saved()
    {
        await TurnAsync(async (turn, ct) =>
        {
            var profile = await _profile.GetAsync(turn, () => new Profile(), ct);
            profile!.Careers.Add("nurse");
            (await _profile.GetAsync(turn, cancellationToken: ct))!.Careers.Add("welder");
        });

        Profile? next = null;
        await TurnAsync(async (turn, ct) => next = await _profile.GetAsync(turn, cancellationToken: ct));

        Assert.Equal(["nurse", "welder"], next!.Careers);
    }

    [Fact]
    public async Task A_deleted_value_is_gone_in_the_next_turn_and_other_values_stay()
    {
        await TurnAsync(async (turn, ct) =>
        {
            await _count.SetAsync(turn, 3, ct);
            await _profile.SetAsync(turn, new Profile { Name = "Ada" }, ct);
        });
        await TurnAsync(async (turn, ct) => await _profile.DeleteAsync(turn, ct));

        Profile? profile = new();
        var count = 0;
        await TurnAsync(async (turn, ct) =>
        {
            profile = await _profile.GetAsync(turn, cancellationToken: ct);
            count = await _count.GetAsync(turn, cancellationToken: ct);
        });

        Assert.Null(profile);
        Assert.Equal(3, count);
    }

    [Fact]
    public async Task State_is_stored_as_plain_camel_case_json_under_the_conversation_key()
    {
        await TurnAsync(async (turn, ct) => await _profile.SetAsync(turn, new Profile { Name = "Ada", Careers = ["nurse"] }, ct));

        var stored = (await _storage.ReadAsync(["test/conversations/conversation-1"]))["test/conversations/conversation-1"];

        var expected = JsonNode.Parse("""{"profile":{"name":"Ada","careers":["nurse"]}}""");
        Assert.True(JsonNode.DeepEquals(expected, stored.Document), stored.Document.ToJsonString());
    }

    [Fact]
    public async Task Clearing_the_state_empties_it_for_the_next_turn()
    {
        await TurnAsync(async (turn, ct) => await _count.SetAsync(turn, 7, ct));
        await TurnAsync(async (turn, ct) => await _conversationState.ClearStateAsync(turn, ct));

        var count = -1;
        await TurnAsync(async (turn, ct) => count = await _count.GetAsync(turn, cancellationToken: ct));

        Assert.Equal(0, count);
    }

    [Fact]
    public async Task A_stored_value_of_an_older_shape_starts_afresh_instead_of_breaking_the_conversation()
    {
        await _storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["test/conversations/conversation-1"] = new StoreItem(new JsonObject { ["profile"] = "not an object" }, null),
        });

        Profile? profile = null;
        await TurnAsync(async (turn, ct) => profile = await _profile.GetAsync(turn, () => new Profile { Name = "fresh" }, ct));

        Assert.Equal("fresh", profile!.Name);
    }

    private Task<ITurnContext> TurnAsync(BotCallbackHandler bot) => _adapter.ProcessAsync(TestAdapter.Message("hi"), bot);
}
