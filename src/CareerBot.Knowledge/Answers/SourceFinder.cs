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
        return cited.Length > 0 ? cited : career.Sources.Take(Fallback).Select(ToReference).ToArray();
    }

    public static IReadOnlyList<SourceReference> ForIds(CareerFile career, IEnumerable<string> ids) =>
        ids.Distinct().Select(career.Source).OfType<CareerSource>().Select(ToReference).ToArray();

    public static SourceReference ToReference(CareerSource source) =>
        new(source.Title, source.Url, source.Year.Equals("unknown", StringComparison.OrdinalIgnoreCase) ? null : source.Year);

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
