using System.Text.RegularExpressions;
using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Answers;

/// <summary>Picks the sources an answer cites: those named in the text it was composed from.</summary>
internal static partial class SourceFinder
{
    private const int Fallback = 2;

    [GeneratedRegex(@"[\s,(]*\d{4}\)?$")]
    private static partial Regex TrailingYear();

    // The publication's own name at the start of a title: up to a colon or a kind of page ("career profile").
    [GeneratedRegex(@"^(.+?)(?::| career profile| job prospects| summary report| profile)")]
    private static partial Regex ShortName();

    /// <summary>The career's sources whose title or publisher the text names.</summary>
    public static IEnumerable<CareerSource> NamedIn(CareerFile career, string text) =>
        career.Sources.Where(s => Names(s).Any(n => n.Length >= 4 && text.Contains(n, StringComparison.OrdinalIgnoreCase)));

    public static IReadOnlyList<SourceReference> ForText(CareerFile career, string text)
    {
        var cited = NamedIn(career, text).Select(ToReference).ToArray();
        if (cited.Length > 0)
        {
            return cited;
        }

        // Nothing named: cite the general sources, not the wage surveys behind the salary rows.
        var salaryOnly = career.Salary.Select(r => r.SourceId).ToHashSet(StringComparer.Ordinal);
        return career.Sources.OrderBy(s => salaryOnly.Contains(s.Id)).Take(Fallback).Select(ToReference).ToArray();
    }

    public static IReadOnlyList<SourceReference> ForIds(CareerFile career, IEnumerable<string> ids) =>
        ids.Distinct().Select(career.Source).OfType<CareerSource>().Select(ToReference).ToArray();

    public static SourceReference ToReference(CareerSource source) =>
        new(source.Title, source.Url, source.Year.Equals("unknown", StringComparison.OrdinalIgnoreCase) ? null : source.Year, source.Publisher);

    private static IEnumerable<string> Names(CareerSource source)
    {
        yield return source.Title;
        yield return TrailingYear().Replace(source.Title, string.Empty);

        // How the text cites it in brackets: "(WorkBC, 2024)", "(EducationPlannerBC, NOC 20012)", "(Job Bank, 2023)".
        var shortName = ShortName().Match(source.Title);
        if (shortName.Success)
        {
            yield return TrailingYear().Replace(shortName.Groups[1].Value, string.Empty);
        }
        if (source.Publisher is { } publisher)
        {
            yield return publisher;
        }
    }
}
