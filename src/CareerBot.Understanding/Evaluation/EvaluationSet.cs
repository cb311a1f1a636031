using CareerBot.Understanding.Corpus;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerBot.Understanding.Evaluation;

/// <summary>
/// A held-out evaluation set: <c>&lt;lang&gt;/messages.yaml</c>, <c>&lt;lang&gt;/ratings.yaml</c> and <c>fitchecks.yaml</c>
/// under one folder (eval/heldout). Training never reads these files.
/// </summary>
public sealed record EvaluationSet(IReadOnlyList<EvaluationCase> Messages, IReadOnlyList<EvaluationCase> Ratings, IReadOnlyList<FitCheckCase> FitChecks, IReadOnlyList<string> Problems)
{
    public static EvaluationSet Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var problems = new List<string>();
        var messages = new List<EvaluationCase>();
        var ratings = new List<EvaluationCase>();
        var fitChecks = new List<FitCheckCase>();
        if (!Directory.Exists(folder))
        {
            return new EvaluationSet(messages, ratings, fitChecks, [$"{folder}: no such folder"]);
        }

        foreach (var languageDir in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var language = Path.GetFileName(languageDir);
            ReadCases(Path.Combine(languageDir, "messages.yaml"), language, messages, problems);
            ReadCases(Path.Combine(languageDir, "ratings.yaml"), language, ratings, problems);
        }

        ReadFitChecks(Path.Combine(folder, "fitchecks.yaml"), fitChecks, problems);
        return new EvaluationSet(messages, ratings, fitChecks, problems);
    }

    /// <summary>
    /// The messages and ratings of this set that the training corpus also holds (same language, same
    /// <see cref="ExampleKey"/>), each with the training example it repeats. Whole fit checks are left out: their "5"
    /// or "yes" are meant to be answers training teaches.
    /// </summary>
    public IEnumerable<(EvaluationCase Case, Example Training)> FoundIn(ExampleCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var training = corpus.Examples.GroupBy(e => (e.Language, ExampleKey.Of(e.Text))).ToDictionary(g => g.Key, g => g.First());
        foreach (var evaluation in Messages.Concat(Ratings))
        {
            if (training.TryGetValue((evaluation.Language, ExampleKey.Of(evaluation.Text)), out var example))
            {
                yield return (evaluation, example);
            }
        }
    }

    /// <summary>Every text of the set, for the check that no evaluation example sits in the training corpus.</summary>
    public IEnumerable<(string Text, string Language, string Where)> Texts() =>
        Messages.Concat(Ratings).Select(c => (c.Text, c.Language, $"{c.File}:{c.Line}"))
            .Concat(FitChecks.SelectMany(f => f.Turns.Select(t => (t.Text, f.Language, $"{f.File}:{f.Line}"))));

    private static void ReadCases(string path, string language, List<EvaluationCase> cases, List<string> problems)
    {
        if (!File.Exists(path) || Read(path, problems) is not YamlSequenceNode list)
        {
            return;
        }

        foreach (var item in list.Children.OfType<YamlMappingNode>())
        {
            var text = Scalar(item, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add($"{path}:{item.Start.Line}: no text");
                continue;
            }

            var rating = int.TryParse(Scalar(item, "rating"), out var r) ? r : (int?)null;
            // A set about occupations labels questions with a topic and a SOC code only.
            var intent = Scalar(item, "intent") ?? (rating is not null ? "rating" : Scalar(item, "soc") is not null ? "question" : null);
            if (intent is null)
            {
                problems.Add($"{path}:{item.Start.Line}: no intent");
                continue;
            }

            var career = Scalar(item, "career");
            cases.Add(new EvaluationCase(text, language, intent, Scalar(item, "topic"), career is null or "none" ? null : career,
                List(item, "careers"), Scalar(item, "region"), Scalar(item, "occupation"), rating, List(item, "context"), path, (int)item.Start.Line)
            {
                Soc = Scalar(item, "soc"),
            });
        }
    }

    private static void ReadFitChecks(string path, List<FitCheckCase> cases, List<string> problems)
    {
        if (!File.Exists(path) || Read(path, problems) is not YamlSequenceNode list)
        {
            return;
        }

        foreach (var item in list.Children.OfType<YamlMappingNode>())
        {
            var turns = item.Children.TryGetValue(new YamlScalarNode("turns"), out var node) && node is YamlSequenceNode sequence
                ? sequence.Children.OfType<YamlMappingNode>().Select(t => new FitCheckTurn(
                    Scalar(t, "text") ?? string.Empty,
                    Scalar(t, "expect") ?? "rating",
                    int.TryParse(Scalar(t, "rating"), out var level) ? level : null,
                    Scalar(t, "topic"))).ToArray()
                : [];
            var career = Scalar(item, "career");
            if (career is null || turns.Length == 0)
            {
                problems.Add($"{path}:{item.Start.Line}: a fit check needs a career and turns");
                continue;
            }

            cases.Add(new FitCheckCase((Scalar(item, "locale") ?? "en")[..2], career, turns, path, (int)item.Start.Line));
        }
    }

    private static YamlNode? Read(string path, List<string> problems)
    {
        try
        {
            return CorpusLoader.Root(path);
        }
        catch (YamlException ex)
        {
            problems.Add($"{path}:{ex.Start.Line}: not valid YAML: {ex.Message}");
            return null;
        }
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    private static string[] List(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode sequence
            ? [.. sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)]
            : [];
}
