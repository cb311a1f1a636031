using CareerBot.Cli;

namespace CareerBot.Tests.Cli;

public sealed class ChatCommandTests
{
    private static async Task<(int ExitCode, string Output)> ChatAsync(string input, bool terminal = false, params string[] extra)
    {
        var output = new StringWriter();
        var console = new CliConsole(new StringReader(input), output, new StringWriter(), terminal);
        string[] args = ["chat", "--Storage:Kind=memory", .. extra];

        var exitCode = await CliApp.TryRunAsync(args, console, CancellationToken.None);

        return (exitCode ?? -1, output.ToString());
    }

    [Fact]
    public async Task A_piped_conversation_gets_one_reply_per_line_with_sources_and_buttons_as_text()
    {
        var (exitCode, output) = await ChatAsync("What does an IT service manager do?\nhow much do they earn in Alberta?\n");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("bot: IT Service Manager — Duties", output);
        Assert.Contains("Sources: ", output);
        Assert.Contains("[Fit check for IT Service Manager]", output);
        Assert.Contains("bot: Salary figures for IT Service Manager in Alberta", output);
        Assert.DoesNotContain("you>", output);
    }

    [Fact]
    public async Task A_whole_fit_check_can_be_scripted_through_stdin()
    {
        var script = string.Join('\n', ["am I a good fit for IT service manager?", "yes", "4/5", "quatre", "mostly", "definitely", "5", "4 out of 5", "yeah mostly"]);

        var (_, output) = await ChatAsync(script);

        Assert.Contains("[1 - Not at all] [2] [3] [4] [5 - Very much]", output);
        Assert.Contains("that's a strong fit", output);
    }

    [Fact]
    public async Task In_a_terminal_the_chat_opens_with_the_welcome_and_prompts_for_each_message()
    {
        var (_, output) = await ChatAsync("help\n/quit\nWhat does an IT analyst do?\n", terminal: true);

        Assert.Contains("I'm CareerBot", output);
        Assert.Contains("[What does a registered nurse do?] [How much do electricians make in BC?] [How do I become a video game designer?]", output);
        Assert.Contains("you> ", output);
        Assert.Contains("forget me", output);
        Assert.DoesNotContain("IT Analyst — ", output);
    }

    [Fact]
    public async Task A_flag_without_its_value_is_a_usage_error()
    {
        var (exitCode, _) = await ChatAsync("", false, "--user");

        Assert.Equal(2, exitCode);
    }
}
