using System.Text.Json;
using CareerBot.Cli;
using CareerBot.Web;

namespace CareerBot.Tests.Cli;

public sealed class AskCommandTests
{
    [Fact]
    public async Task Ask_prints_an_answer_for_a_person_with_its_sources()
    {
        var (code, output, _) = await RunAsync(["ask", "how much do IT service managers make in Alberta?"]);

        Assert.Equal(0, code);
        Assert.StartsWith("Salary figures for IT Service Manager in Alberta:", output, StringComparison.Ordinal);
        Assert.Contains("$111,709 CAD a year", output, StringComparison.Ordinal);
        Assert.Contains("\nSources:\n- Alberta Wage and Salary Survey", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_json_writes_one_line_per_question_in_order_with_the_agreed_fields()
    {
        var input = "what does an IT analyst do?\n{\"text\": \"how much do they make?\", \"context\": [\"what does an IT analyst do?\"]}\nhow do I become a youtuber\n";

        var (code, output, _) = await RunAsync(["ask", "--json", "-"], input);

        Assert.Equal(0, code);
        var lines = Lines(output);
        Assert.Equal(3, lines.Length);
        Assert.Equal(["career", "topic", "region", "answered", "score", "answer", "sources", "suggestions", "intent", "confidence",
            "outcome", "language", "body", "salary", "soc", "noc", "careers"], lines[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("15-1211", "21222"), (lines[0].GetProperty("soc").GetString(), lines[0].GetProperty("noc").GetString()));
        Assert.All(lines[0].GetProperty("body").EnumerateArray(), b => Assert.Contains(b.GetProperty("kind").GetString(), new[] { "paragraph", "steps", "bullets", "note" }));
        Assert.NotEmpty(lines[0].GetProperty("body").EnumerateArray());
        Assert.Equal("answered", lines[1].GetProperty("outcome").GetString());
        Assert.Equal("uncovered_career", lines[2].GetProperty("outcome").GetString());
        Assert.All(lines[1].GetProperty("salary").EnumerateArray(), f => Assert.False(string.IsNullOrEmpty(f.GetProperty("source").GetProperty("title").GetString())));
        Assert.Equal(("it-analyst", "duties"), (lines[0].GetProperty("career").GetString(), lines[0].GetProperty("topic").GetString()));
        Assert.Equal(("it-analyst", "salary"), (lines[1].GetProperty("career").GetString(), lines[1].GetProperty("topic").GetString()));
        Assert.Equal(JsonValueKind.Null, lines[2].GetProperty("career").ValueKind);
        Assert.False(lines[2].GetProperty("answered").GetBoolean());
        var source = lines[1].GetProperty("sources")[0];
        Assert.Equal(["title", "url", "year"], source.EnumerateObject().Select(p => p.Name));
        Assert.InRange(lines[0].GetProperty("score").GetDouble(), 0.5, 1);
    }

    [Fact]
    public async Task A_bad_json_line_gets_an_error_line_and_the_next_question_is_still_answered()
    {
        var (code, output, _) = await RunAsync(["ask", "--json", "-"], "{\"text\": \n{\"context\": []}\n{\"text\": \"x\", \"context\": [1]}\nIT manager salary\n");

        Assert.Equal(0, code);
        var lines = Lines(output);
        Assert.Equal(4, lines.Length);
        Assert.All(lines[..3], l => Assert.False(string.IsNullOrEmpty(l.GetProperty("error").GetString())));
        Assert.Equal([1, 2, 3], lines[..3].Select(l => l.GetProperty("line").GetInt32()));
        Assert.Equal("it-manager", lines[3].GetProperty("career").GetString());
    }

    [Fact]
    public async Task Ask_json_answers_thousands_of_lines_in_one_run()
    {
        var questions = new[] { "IT analyst salary in BC", "*:*", "how do i become a CSR", "what does a dentist do" };
        var input = string.Join('\n', Enumerable.Range(0, 2000).Select(i => questions[i % questions.Length]));

        var (code, output, _) = await RunAsync(["ask", "--json", "-"], input);

        Assert.Equal(0, code);
        var lines = Lines(output);
        Assert.Equal(2000, lines.Length);
        Assert.Equal("customer-service-representative", lines[1998].GetProperty("career").GetString());
    }

    [Fact]
    public async Task Ask_without_a_question_explains_its_usage()
    {
        var (code, _, error) = await RunAsync(["ask"]);

        Assert.Equal(2, code);
        Assert.Contains("Usage: careerbot ask", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_with_a_folder_that_has_no_careers_fails_with_a_message()
    {
        var (code, _, error) = await RunAsync(["ask", "--knowledge", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")), "hi"]);

        Assert.Equal(1, code);
        Assert.Contains("no career files", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_json_answers_a_comparison_side_by_side_naming_each_career_in_order()
    {
        var (code, output, _) = await RunAsync(["ask", "--json", "which pays more, a registered nurse or an electrician?"]);

        Assert.Equal(0, code);
        var line = Lines(output).Single();
        Assert.Equal(("compare", "compared", "salary"), (line.GetProperty("intent").GetString(), line.GetProperty("outcome").GetString(), line.GetProperty("topic").GetString()));
        Assert.Equal(["registered-nurses/29-1141", "electricians/47-2111"],
            line.GetProperty("careers").EnumerateArray().Select(c => c.GetProperty("id").GetString() + "/" + c.GetProperty("soc").GetString()));
        Assert.Contains("Registered Nurse pays more", line.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains(line.GetProperty("sources").EnumerateArray(), s => s.GetProperty("title").GetString()!.Contains("Electricians", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_with_a_broken_catalogue_file_fails_naming_its_file_and_line()
    {
        var folder = Path.Combine(Path.GetTempPath(), "careerbot-ask-" + Guid.NewGuid().ToString("N"));
        var catalogue = Path.Combine(folder, "catalogue");
        Directory.CreateDirectory(Path.Combine(folder, "careers"));
        Directory.CreateDirectory(catalogue);
        foreach (var file in Directory.GetFiles(Path.Combine(ContentRootLocator.Locate(), "knowledge", "careers"), "*.md"))
        {
            File.Copy(file, Path.Combine(folder, "careers", Path.GetFileName(file)));
        }

        // The catalogue's files with a header and nothing else parse; one with a wrong header does not.
        foreach (var file in Directory.GetFiles(Path.Combine(ContentRootLocator.Locate(), "knowledge", "catalogue"), "*.tsv"))
        {
            File.WriteAllText(Path.Combine(catalogue, Path.GetFileName(file)), File.ReadLines(file).First() + "\n");
        }

        var wages = Path.Combine(catalogue, "us-wages.tsv");
        File.WriteAllText(wages, "soc\tnot the header\n");
        try
        {
            var (code, output, error) = await RunAsync(["ask", "--knowledge", folder, "what does an it analyst do"]);

            Assert.Equal((2, string.Empty), (code, output));
            Assert.Contains($"{wages}:1: ", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static JsonElement[] Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

    private static async Task<(int? Code, string Output, string Error)> RunAsync(string[] args, string input = "")
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.TryRunAsync(args, new CliConsole(new StringReader(input), output, error, false), CancellationToken.None);
        return (code, output.ToString().Replace("\r\n", "\n"), error.ToString());
    }
}
