using CareerBot.Tests.Advisor.Infrastructure;
using CareerBot.Tests.WebChat;

namespace CareerBot.Tests.Advisor;

/// <summary>"Forget me" in the web chat also empties the Direct Line log, so a reload of the page shows none of it.</summary>
public sealed class ForgetMeTranscriptTests : IAsyncLifetime
{
    private CareerBotServer _server = null!;

    public async Task InitializeAsync() => _server = await CareerBotServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task After_forget_me_the_conversation_log_keeps_nothing_said_before()
    {
        var student = await DirectLineStudent.StartAsync(_server.Http, CareerBotServer.Secret);
        await student.SendAsync("what does a customer service rep do?");
        Assert.Contains((await student.HistoryAsync()).Select(a => a.Text), t => t?.Contains("customer service rep", StringComparison.Ordinal) == true);

        await student.SendAsync("forget me");
        var done = await student.SendAsync("yes");

        var history = await student.HistoryAsync();
        Assert.Contains("deleted everything", done.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(history, a => a.Text?.Contains("customer service rep", StringComparison.OrdinalIgnoreCase) == true);
        Assert.DoesNotContain(history, a => a.Text?.Contains("Customer Service Representative", StringComparison.Ordinal) == true);
        Assert.Equal([done.Last.Text], history.Select(a => a.Text));
    }
}
