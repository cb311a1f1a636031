using System.Text.Encodings.Web;
using System.Text.Json;
using CareerBot.Knowledge;
using CareerBot.Knowledge.Answers;
using CareerBot.Rendering;
using CareerBot.Understanding;
using CareerBot.Understanding.Asking;
using CareerBot.Understanding.Interpreting;

namespace CareerBot.Cli;

/// <summary>
/// <c>careerbot ask "question"</c> prints an answer for a person; <c>ask --json -</c> answers one question per stdin
/// line with one JSON line each, in order and flushed, from one index built at start.
/// </summary>
public sealed class AskCommand : ICliCommand
{
    private const string Usage = "Usage: careerbot ask [--json] [--knowledge <folder>] \"question\" | -";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "ask";

    public string Summary => "ask [--json] \"question\" | -   answer a career question (- reads one question per stdin line)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        if (!AskArguments.TryParse(args, out var options, out var problem))
        {
            await console.Error.WriteLineAsync($"careerbot ask: {problem}\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        using var knowledge = new KnowledgeBase(AskKnowledgeFolder.Resolve(options.Folder), watchForChanges: false);
        if (knowledge.Problems.Count > 0)
        {
            await console.Error.WriteLineAsync($"careerbot ask: {knowledge.Problems.Count} problem(s) in the career files; run 'careerbot check' to see them.").ConfigureAwait(false);
        }

        if (!knowledge.IsReady)
        {
            await console.Error.WriteLineAsync($"careerbot ask: no career files could be loaded from {knowledge.Folder}.").ConfigureAwait(false);
            return 1;
        }

        using var understanding = new UnderstandingService(knowledge, watchForChanges: false, cache: CareerBot.Understanding.Learning.ModelCache.Default);
        if (!options.FromStdin)
        {
            await WriteLineAsync(console.Out, Format(knowledge, AskPipeline.Answer(knowledge, understanding, new Question(options.Question!)), options.Json)).ConfigureAwait(false);
            return 0;
        }

        var number = 0;
        while (!cancellationToken.IsCancellationRequested && await console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            await AnswerLineAsync(knowledge, understanding, line, number, console.Out, options.Json).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task AnswerLineAsync(KnowledgeBase knowledge, IInterpreter understanding, string line, int number, TextWriter output, bool json)
    {
        if (!json)
        {
            await WriteLineAsync(output, Format(knowledge, AskPipeline.Answer(knowledge, understanding, new Question(line)), json: false)).ConfigureAwait(false);
            await output.WriteLineAsync().ConfigureAwait(false);
            return;
        }

        var reply = AskInputLine.Parse(line, out var error) is { } question
            ? Format(knowledge, AskPipeline.Answer(knowledge, understanding, question), json: true)
            : JsonSerializer.Serialize(new AskJsonError(number, error!), Json);
        await WriteLineAsync(output, reply).ConfigureAwait(false);
    }

    private static string Format(KnowledgeBase knowledge, (Answer Answer, Interpretation Meaning) reply, bool json)
    {
        if (AskPipeline.Compare(knowledge, reply.Meaning) is { } comparison)
        {
            return json ? JsonSerializer.Serialize(AskJsonLine.From(comparison, reply.Meaning), Json)
                : ComparisonRenderer.Text(comparison, AnswerLanguages.For(reply.Meaning.Language));
        }

        return json ? JsonSerializer.Serialize(AskJsonLine.From(reply.Answer, reply.Meaning), Json)
            : AskPersonText.Format(reply.Answer, AnswerLanguages.For(reply.Meaning.Language));
    }

    /// <summary>Each answer is flushed at once, so a caller reading the pipe line by line never waits.</summary>
    private static async Task WriteLineAsync(TextWriter output, string line)
    {
        await output.WriteLineAsync(line).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }
}
