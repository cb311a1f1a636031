using CareerBot.Knowledge.Files;

namespace CareerBot.Knowledge.Matching;

/// <summary>
/// Collects the phrases that name each career: title, id, aliases, synonym-file equivalents, and shorter
/// parts of long titles ("systems engineer") and fields, judged by the words of <c>names/title-words.yaml</c>, ("cybersecurity" from "cybersecurity analyst"). A derived
/// phrase that could name two careers is dropped as ambiguous.
/// </summary>
internal static class CareerPhraseBuilder
{
    /// <summary>A catalogue job title names its occupation a little less surely than a career's own title or a guide's
    /// alias, so "help desk" in a guide beats the same words among the official job titles of another occupation.</summary>
    public const double CatalogueTitleWeight = 0.98;

    /// <summary>A catalogue occupation's own title and the names students use for it (<c>catalogue/names.yaml</c>):
    /// surer than its official job titles, but no shorter names are derived from them as they are from a guide's.</summary>
    public const double StudentNameWeight = 0.99;

    public static IReadOnlyList<CareerPhrase> Build(IReadOnlyList<CareerFile> careers, SynonymRules synonyms, TitleWords titles, WordNormalizer normalizer)
    {
        // Hundreds of thousands of official titles, many shared by two or three careers: their words are made
        // canonical once each, on every core.
        var canonical = new System.Collections.Concurrent.ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);
        var pool = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        string[] Words(string name) => canonical.GetOrAdd(name, n => [.. normalizer.CanonicalWords(n).Select(w => pool.GetOrAdd(w, w))]);
        var named = careers.AsParallel().AsOrdered().SelectMany(career =>
        {
            var names = career.Aliases.Append(career.Title).Append(career.Id.Replace('-', ' '));
            var weight = career.FromCatalogue ? StudentNameWeight : 1.0;
            return names.Select(n => new CareerPhrase(career.Id, Words(n), weight))
                .Concat(career.Titles.Select(n => new CareerPhrase(career.Id, Words(n), CatalogueTitleWeight)));
        }).ToList();

        named.AddRange(FromSynonyms(named, synonyms, normalizer));
        named = named.Where(p => IsSpecificEnough(p, titles) && !titles.NotNames.Contains(p.Key))
            .GroupBy(p => (p.CareerId, p.Key)).Select(g => g.MaxBy(p => p.Weight)!)
            .ToList();

        // Shorter names are derived from the careers' own names only: among thousands of official job titles, the
        // parts of one title are too often a phrase of everyday words ("salary", "in demand") or another job's name.
        var namedKeys = named.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var parts = named.Where(p => p.Weight >= 1.0 && p.Words.Length >= 3)
            .SelectMany(p => Parts(p.Words).Select(w => new CareerPhrase(p.CareerId, w, 0.85 * p.Weight)))
            .Where(p => !p.Words.All(titles.Generic.Contains));
        var fields = named.Where(p => p.Weight >= 1.0 && p.Words.Length >= 2 && titles.JobNouns.Contains(p.Words[^1]))
            .Select(p => new CareerPhrase(p.CareerId, p.Words[..^1], 0.8 * p.Weight))
            .Where(p => IsField(p, titles));
        var derived = parts.Concat(fields)
            .Where(p => !namedKeys.Contains(p.Key))
            .GroupBy(p => p.Key)
            .Where(g => g.Select(p => p.CareerId).Distinct().Count() == 1)
            .Select(g => g.MaxBy(p => p.Weight)!);
        return named.Concat(derived).ToArray();
    }

    private static IEnumerable<CareerPhrase> FromSynonyms(List<CareerPhrase> named, SynonymRules synonyms, WordNormalizer normalizer)
    {
        var byKey = named.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().CareerId);
        foreach (var group in synonyms.Groups)
        {
            var members = group.Select(normalizer.CanonicalWords).Where(w => w.Length > 0).ToArray();
            var careers = members.Select(m => byKey.GetValueOrDefault(string.Join(' ', m))).OfType<string>().Distinct().ToArray();
            if (careers.Length != 1)
            {
                continue;
            }

            foreach (var member in members)
            {
                yield return new CareerPhrase(careers[0], member, 0.95);
            }
        }
    }

    /// <summary>"cybersecurity" or "customer service" alone name a career; "it" or "computer systems" do not.</summary>
    private static bool IsField(CareerPhrase phrase, TitleWords titles) => phrase.Words.Length == 1
        ? phrase.Words[0].Length >= 3 && !titles.Generic.Contains(phrase.Words[0])
        : !phrase.Words.All(titles.VagueFields.Contains);

    private static bool IsSpecificEnough(CareerPhrase phrase, TitleWords titles) => phrase.Words.Length switch
    {
        0 => false,
        1 => phrase.Words[0].Length >= 3 && !titles.Generic.Contains(phrase.Words[0]),
        _ => true,
    };

    /// <summary>Drop the first word, the last word, or one middle word of a title of three or more words.</summary>
    private static IEnumerable<string[]> Parts(string[] words)
    {
        yield return words[1..];
        yield return words[..^1];
        for (var skip = 1; skip < words.Length - 1; skip++)
        {
            yield return words.Where((_, i) => i != skip).ToArray();
        }
    }
}
