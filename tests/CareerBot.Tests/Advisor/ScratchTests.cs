using CareerBot.Tests.Advisor.Infrastructure;
using Xunit.Abstractions;

namespace CareerBot.Tests.Advisor;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Scratch()
    {
        using var host = new AdvisorHost();
        var chat = host.StartConversation();
        var lines = File.ReadAllLines("/tmp/scratch.txt");
        output.WriteLine("JOIN => " + (await chat.JoinAsync()).Text);
        foreach (var line in lines)
        {
            var r = await chat.SendAsync(line);
            output.WriteLine($"> {line}");
            foreach (var m in r.Messages)
            {
                output.WriteLine(m.Text);
                if (m.SuggestedActions is { } s) output.WriteLine("   [" + string.Join(" | ", s.Actions.Select(a => a.Title)) + "]");
                if (m.Attachments is { } at) output.WriteLine("   {" + string.Join(" , ", at.Select(a => a.ContentType)) + "}");
            }
        }
    }
}
