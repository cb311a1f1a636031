using CareerBot.Teams;
using CareerBot.Tests.WebChat;

namespace CareerBot.Tests.Teams;

/// <summary>Each command Teams offers from the manifest's command list is something the bot understands.</summary>
public sealed class TeamsCommandTests : IAsyncLifetime
{
    private CareerBotServer _server = null!;

    public static TheoryData<string> Commands => [.. TeamsManifest.Commands.Select(c => c.Title)];

    public async Task InitializeAsync() => _server = await CareerBotServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_command_from_the_list_gets_a_reply_that_is_not_a_shrug(string command)
    {
        var replies = await TeamsActivities.SendAsync(_server.Http, TeamsActivities.PersonalMessage(command, "29:1cmd-" + command.Length));

        var text = TeamsActivities.Texts(replies);
        Assert.NotEmpty(text);
        Assert.DoesNotContain("I don't have that", text, StringComparison.OrdinalIgnoreCase);
    }
}
