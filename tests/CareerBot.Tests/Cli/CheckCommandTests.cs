using CareerBot.Cli;
using CareerBot.Web;

namespace CareerBot.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "careerbot-check-" + Guid.NewGuid().ToString("N"));

    public CheckCommandTests()
    {
        var careers = Path.Combine(folder, "careers");
        Directory.CreateDirectory(careers);
        foreach (var file in Directory.GetFiles(Path.Combine(ContentRootLocator.Locate(), "knowledge", "careers"), "*.md"))
        {
            File.Copy(file, Path.Combine(careers, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Check_passes_on_the_shipped_knowledge_folder()
    {
        var (code, output, _) = await RunAsync(["check"]);

        Assert.Equal(0, code);
        // 7 guides, and the 923 catalogue occupations less the 6 the guides stand for
        Assert.StartsWith("OK: 924 careers", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_passes_on_a_good_folder_given_by_path()
    {
        var (code, _, _) = await RunAsync(["check", folder]);

        Assert.Equal(0, code);
    }

    [Fact]
    public async Task Check_prints_every_problem_as_file_line_message_and_fails()
    {
        var analyst = Path.Combine(folder, "careers", "it-analyst.md");
        var lines = File.ReadAllLines(analyst);
        var traits = Array.IndexOf(lines, "## Traits");
        lines[traits] = "## Hobbies";
        File.WriteAllLines(analyst, lines);
        var empty = Path.Combine(folder, "careers", "empty.md");
        File.WriteAllText(empty, string.Empty);

        var (code, output, _) = await RunAsync(["check", folder]);

        Assert.Equal(1, code);
        var problems = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"{empty}:1: file is empty", problems);
        Assert.Contains(problems, p => p.StartsWith($"{analyst}:{traits + 1}: unknown section 'Hobbies'", StringComparison.Ordinal));
        Assert.Equal(2, problems.Length);
    }

    [Fact]
    public async Task Check_of_a_missing_folder_fails_with_the_reason()
    {
        var (code, output, _) = await RunAsync(["check", Path.Combine(folder, "nowhere")]);

        Assert.Equal(1, code);
        Assert.Contains("folder not found", output, StringComparison.Ordinal);
    }

    private static async Task<(int? Code, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.TryRunAsync(args, new CliConsole(new StringReader(string.Empty), output, error, false), CancellationToken.None);
        return (code, output.ToString().Replace("\r\n", "\n"), error.ToString());
    }
}
