using CareerBot.Tests.Advisor.Infrastructure;
using CareerBot.Tests.WebChat;

namespace CareerBot.Tests.Advisor;

/// <summary>
/// The scripted fit checks of Data/fitchecks.json again, typed through Direct Line into the real host as the web chat
/// sends them: the same path students use, the same expectation as over /api/messages.
/// </summary>
public sealed class FitCheckConversationDirectLineTests : IAsyncLifetime
{
    private CareerBotServer _server = null!;

    public async Task InitializeAsync() => _server = await CareerBotServer.StartAsync(CareerBotServer.Classroom.ToDictionary());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Every_scripted_fit_check_typed_in_the_web_chat_ends_naming_its_expected_band()
    {
        var failures = new List<string>();
        foreach (var conversation in FitCheckConversation.Load())
        {
            var student = await DirectLineStudent.StartAsync(_server.Http, CareerBotServer.Secret);
            var locale = conversation.Locale ?? "en-US";
            var replies = await student.SendAsync(conversation.Start, locale);
            foreach (var answer in conversation.Answers)
            {
                replies = await student.SendAsync(answer, locale);
            }

            var bands = FitCheckScript.BandsNamed(replies.Text);
            if (!bands.SequenceEqual([conversation.Band]))
            {
                failures.Add($"{conversation}: got {string.Join(", ", bands)} in \"{replies.Text}\"");
            }
        }

        Assert.Empty(failures);
    }
}
