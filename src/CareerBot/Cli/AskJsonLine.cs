using System.Text.Json.Serialization;
using CareerBot.Knowledge.Answers;
using CareerBot.Rendering;
using CareerBot.Understanding.Interpreting;

namespace CareerBot.Cli;

/// <summary>One line of <c>ask --json</c> output: the JSON renderer of an answer. The first fields keep the order the
/// first version fixed; the structured answer (outcome, body blocks, salary figures) follows.</summary>
internal sealed record AskJsonLine(
    [property: JsonPropertyName("career")] string? Career,
    [property: JsonPropertyName("topic")] string? Topic,
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("sources")] IReadOnlyList<AskJsonSource> Sources,
    [property: JsonPropertyName("suggestions")] IReadOnlyList<string> Suggestions,
    [property: JsonPropertyName("intent")] string Intent,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("body")] IReadOnlyList<AskJsonBlock> Body,
    [property: JsonPropertyName("salary")] IReadOnlyList<AskJsonFigure> Salary,
    [property: JsonPropertyName("soc")] string? Soc,
    [property: JsonPropertyName("noc")] string? Noc,
    [property: JsonPropertyName("careers")] IReadOnlyList<AskJsonCareer>? Careers)
{
    public static AskJsonLine From(Answer answer, Interpretation meaning)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(meaning);
        var language = AnswerLanguages.For(meaning.Language);
        return new(answer.Career, answer.Topic, answer.Region, answer.Answered, answer.Score, AnswerTextRenderer.Render(answer, language),
            answer.Sources.Select(AskJsonSource.From).ToArray(), answer.FollowUps.Select(language.Question).ToArray(),
            IntentLabels.Label(meaning.Intent), Math.Round(meaning.Confidence, 3),
            JsonNamingPolicy(answer.Outcome), language.Code,
            answer.Body.Select(b => new AskJsonBlock(JsonNamingPolicy(b.Kind), b.Lines)).ToArray(),
            answer.Salary.Select(AskJsonFigure.From).ToArray(),
            answer.About?.Soc, answer.About?.Noc, CareersOf(answer));
    }

    /// <summary>A comparison: the first career's fields, the side-by-side text, every career's sources and pay, and the
    /// careers compared in order.</summary>
    public static AskJsonLine From(Comparison comparison, Interpretation meaning)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(meaning);
        var language = AnswerLanguages.For(meaning.Language);
        var first = comparison.Careers.Count > 0 ? comparison.Careers[0].Career : null;
        return new(first?.Id, comparison.Topic, comparison.Region, comparison.Careers.Count > 1, comparison.Careers.Count > 1 ? 1 : 0,
            ComparisonRenderer.Text(comparison, language),
            ComparisonRenderer.AllSources(comparison).Select(AskJsonSource.From).ToArray(), [],
            IntentLabels.Label(meaning.Intent), Math.Round(meaning.Confidence, 3),
            "compared", language.Code, [],
            comparison.Careers.SelectMany(c => c.Salary).Select(AskJsonFigure.From).ToArray(),
            first?.Soc, first?.Noc, [.. comparison.Careers.Select(c => AskJsonCareer.From(c.Career))]);
    }

    /// <summary>The careers a "which one?" offers, in its order; null for an answer about one career.</summary>
    private static IReadOnlyList<AskJsonCareer>? CareersOf(Answer answer) => answer.Outcome == AnswerOutcome.WhichOccupation
        ? [.. answer.FollowUps.Select(f => AskJsonCareer.From(f.Career))]
        : null;

    private static string JsonNamingPolicy<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
