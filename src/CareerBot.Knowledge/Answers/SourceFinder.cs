using System.Text.RegularExpressions;
using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Answers;

/// <summary>Picks the sources an answer cites: those named in the text it was composed from.</summary>
internal static partial class SourceFinder
{
    private const int Fallback = 2;

    [GeneratedRegex(@"[\s,(]*\d{4}\)?$")]
    private static partial Regex TrailingYear();

    public static IReadOnlyList<SourceReference> ForText(CareerFile career, string text)
    {
        var named = career.Sources.Where(s => Names(s).Any(n => n.Length >= 4 && text.Contains(n, StringComparison.OrdinalIgnoreCase)));
        var cited = named.Select(ToReference).ToArray();
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
        if (source.Publisher is { } publisher)
        {
            yield return publisher;
        }
    }
}
